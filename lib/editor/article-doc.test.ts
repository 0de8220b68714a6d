import { describe, expect, it } from "vitest";
import { docToPlainText } from "./article-doc";

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("docToPlainText", () => {
  it("puts each table cell on a line of its own and counts no placeholder text", () => {
    const cell = (text: string) => ({ type: "tableCell", content: [paragraph(text)] });
    const doc = {
      type: "doc",
      content: [
        { type: "table", content: [{ type: "tableRow", content: [cell("街道"), cell("人数")] }] },
        { type: "imagePlaceholder", attrs: { alt: "会场" } },
      ],
    };
    expect(docToPlainText(doc)).toBe("街道\n人数\n");
  });

  it("keeps a photo's caption, which readers read, and leaves out its alt text and credit", () => {
    const doc = {
      type: "doc",
      content: [
        paragraph("会议召开。"),
        {
          type: "image",
          attrs: { src: "/api/uploads/x", alt: "会场全景照片", caption: "图为会议现场。", credit: "王畅" },
        },
        paragraph("会议强调。"),
      ],
    };
    expect(docToPlainText(doc)).toBe("会议召开。\n图为会议现场。\n会议强调。");
  });

  it("makes a hard break a line break, so that words on either side stay apart", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "记者 鲁燕" },
            { type: "hardBreak" },
            { type: "text", text: "PPT" },
          ],
        },
      ],
    };
    expect(docToPlainText(doc)).toBe("记者 鲁燕\nPPT");
  });
});
