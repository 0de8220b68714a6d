import type { Editor } from "@tiptap/core";

export interface ProofFix {
  /** Document positions of the passage to replace. */
  from: number;
  to: number;
  /** What replaces it; "" removes it. */
  text: string;
}

/**
 * Applies proofreading fixes as plain text, in one transaction (one undo step). Tiptap's
 * insertContentAt would read a string as HTML: an admin's term replacement containing "<" or
 * "&" must land as typed. The text keeps the marks of what it replaces (a bold term stays
 * bold). Fixes are applied from the end of the document backwards so the positions of those
 * still to come stay valid; a fix overlapping one already applied is skipped.
 */
export function applyProofFixes(editor: Editor, fixes: readonly ProofFix[]): number {
  const ordered = [...fixes].sort((a, b) => b.from - a.from || b.to - a.to);
  let applied = 0;
  editor
    .chain()
    .focus()
    .command(({ tr }) => {
      let limit = Infinity;
      for (const fix of ordered) {
        if (fix.to > limit) continue;
        if (fix.text === "") tr.delete(fix.from, fix.to);
        else tr.insertText(fix.text, fix.from, fix.to);
        limit = fix.from;
        applied += 1;
      }
      return true;
    })
    .run();
  return applied;
}

/** Applies one proofreading fix to [from, to). */
export function applyProofFix(editor: Editor, range: { from: number; to: number }, fix: string): void {
  applyProofFixes(editor, [{ ...range, text: fix }]);
}
