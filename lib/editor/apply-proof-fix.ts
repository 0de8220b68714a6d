import type { Editor } from "@tiptap/core";

/**
 * Applies a proofreading fix to [from, to) as plain text. Tiptap's insertContentAt would read
 * a string as HTML: an admin's term replacement containing "<" or "&" must land as typed. The
 * text keeps the marks of what it replaces (a bold term stays bold).
 */
export function applyProofFix(editor: Editor, range: { from: number; to: number }, fix: string): void {
  editor
    .chain()
    .focus()
    .command(({ tr }) => {
      if (fix === "") tr.delete(range.from, range.to);
      else tr.insertText(fix, range.from, range.to);
      return true;
    })
    .run();
}
