import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { applyProofFix } from "./apply-proof-fix";
import { articleExtensions } from "./extensions";

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** A headless editor (no DOM) on one paragraph: "报道" in bold between two plain runs. */
function editorWith(): Editor {
  editor = new Editor({
    extensions: articleExtensions,
    content: {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "据" },
            { type: "text", text: "报道", marks: [{ type: "bold" }] },
            { type: "text", text: "称。" },
          ],
        },
      ],
    },
  });
  return editor;
}

describe("applyProofFix", () => {
  it("inserts the replacement as text, never as HTML, keeping the marks of what it replaces", () => {
    const ed = editorWith();
    applyProofFix(ed, { from: 2, to: 4 }, "<img src=x onerror=alert(1)>&amp;<b>新</b>");
    expect(ed.getJSON().content?.[0].content).toEqual([
      { type: "text", text: "据" },
      { type: "text", text: "<img src=x onerror=alert(1)>&amp;<b>新</b>", marks: [{ type: "bold" }] },
      { type: "text", text: "称。" },
    ]);
  });

  it("deletes the passage when the fix is to remove it", () => {
    const ed = editorWith();
    applyProofFix(ed, { from: 2, to: 4 }, "");
    expect(ed.getText()).toBe("据称。");
  });
});
