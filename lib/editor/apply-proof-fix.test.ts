import { Editor, type JSONContent } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { applyProofFix, applyProofFixes } from "./apply-proof-fix";
import { certainFixes, findProofHints } from "./find-proof-hints";
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

describe("applyProofFixes (全部修正)", () => {
  function editorOn(content: JSONContent[]): Editor {
    editor = new Editor({ extensions: articleExtensions, content: { type: "doc", content } });
    return editor;
  }
  const p = (text: string): JSONContent => ({ type: "paragraph", content: [{ type: "text", text }] });

  it("applies every certain fix in one step, leaving hints that need judgement", () => {
    const ed = editorOn([
      p("\u3000\u3000本报讯 近日,中原区召开 会议，这是我的的会议。"),
      p("共有５９个项目，督促各区直部门推进。"),
    ]);
    const terms = [{ term: "区直部门", replacement: "区直单位", note: "统一用语" }];
    const before = findProofHints(ed.state.doc, terms);
    expect(before.map((h) => h.issue.check)).toEqual([
      "leading-space",
      "ascii-punctuation",
      "space-in-chinese",
      "doubled",
      "full-width-digits",
      "term",
    ]);
    let steps = 0;
    ed.on("transaction", ({ transaction }) => void (steps += transaction.docChanged ? 1 : 0));
    expect(applyProofFixes(ed, certainFixes(before))).toBe(5);
    // One transaction: one undo step takes all of it back.
    expect(steps).toBe(1);
    expect(ed.getText({ blockSeparator: "|" })).toBe(
      "本报讯 近日，中原区召开会议，这是我的会议。|共有59个项目，督促各区直部门推进。",
    );
    expect(findProofHints(ed.state.doc, terms).map((h) => h.issue.check)).toEqual(["term"]);
  });

  it("skips a fix that overlaps one already applied", () => {
    const ed = editorOn([p("甲乙丙丁。")]);
    expect(
      applyProofFixes(ed, [
        { from: 2, to: 4, text: "X" },
        { from: 3, to: 5, text: "Y" },
      ]),
    ).toBe(1);
    expect(ed.getText()).toBe("甲乙Y。");
  });
});
