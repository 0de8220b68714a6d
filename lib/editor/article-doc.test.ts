import { describe, expect, it } from "vitest";
import { docToPlainText } from "./article-doc";

describe("docToPlainText", () => {
  it("puts each table cell on a line of its own and counts no placeholder text", () => {
    const cell = (text: string) => ({
      type: "tableCell",
      content: [{ type: "paragraph", content: [{ type: "text", text }] }],
    });
    const doc = {
      type: "doc",
      content: [
        { type: "table", content: [{ type: "tableRow", content: [cell("街道"), cell("人数")] }] },
        { type: "imagePlaceholder", attrs: { alt: "会场" } },
      ],
    };
    expect(docToPlainText(doc)).toBe("街道\n人数\n");
  });
});
