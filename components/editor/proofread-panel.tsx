"use client";

import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { applyProofFix, applyProofFixes } from "@/lib/editor/apply-proof-fix";
import { type ProofHint, certainFixes, findProofHints } from "@/lib/editor/find-proof-hints";
import type { FlaggedTerm } from "@/lib/proofread/flagged-terms";
import { proofreadKey } from "./proofread-highlight";
import { useSharedSaveState } from "./save-state-context";

/** How long typing must pause before the text is checked again. */
const RECHECK_MS = 400;

/** 校对提示: checks the text as it is typed, marks what it finds, and applies fixes. */
export function ProofreadPanel({ editor, terms }: { editor: Editor; terms: FlaggedTerm[] }) {
  const [hints, setHints] = useState<ProofHint[]>([]);
  const bridge = useSharedSaveState();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const run = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (editor.isDestroyed) return 0;
    const result = findProofHints(editor.state.doc, terms);
    editor.view.dispatch(
      editor.state.tr.setMeta(
        proofreadKey,
        result.map(({ from, to }) => ({ from, to })),
      ),
    );
    setHints(result);
    return result.length;
  }, [editor, terms]);

  useEffect(() => {
    const later = (ms: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(run, ms);
    };
    // The first check waits for the editor's view, mounted just after this panel.
    later(0);
    // Only changes to the text start a new check: the check's own highlighting does not.
    const schedule = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) later(RECHECK_MS);
    };
    editor.on("transaction", schedule);
    return () => {
      editor.off("transaction", schedule);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [editor, run]);

  // Submitting checks the latest text first (see WorkflowPanel).
  useEffect(() => bridge?.registerProofreader(run), [bridge, run]);

  function fix(hint: ProofHint) {
    if (hint.issue.fix === undefined) return;
    applyProofFix(editor, hint, hint.issue.fix);
    run();
  }

  function fixAll() {
    applyProofFixes(editor, certainFixes(hints));
    run();
  }

  const fixable = certainFixes(hints).length;
  return (
    <section aria-labelledby="proofread-title" className="border-b border-gray-200 bg-amber-50/40 px-4 py-2">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="proofread-title" className="text-sm font-bold">
          校对提示
        </h2>
        <span role="status" className="text-sm text-muted">
          {hints.length === 0 ? "未发现问题。" : `发现 ${hints.length} 处。`}
        </span>
        {fixable > 0 && (
          <button
            type="button"
            onClick={fixAll}
            className="rounded border border-amber-700 bg-white px-3 py-0.5 text-sm text-amber-900 hover:bg-amber-100"
          >
            全部修正<span className="text-xs">（{fixable} 处确定的修正）</span>
          </button>
        )}
      </div>
      {hints.length > 0 && (
        <ul className="mt-2 max-h-60 space-y-1 overflow-y-auto text-sm">
          {hints.map((hint, index) => (
            <li key={`${hint.from}-${index}`} className="flex flex-wrap items-center gap-2">
              <span className="font-serif whitespace-pre-wrap text-gray-700">…{hint.passage}…</span>
              <span>{hint.issue.message}</span>
              {hint.issue.fix !== undefined && (
                <button
                  type="button"
                  onClick={() => fix(hint)}
                  className="rounded bg-amber-700 px-2 py-0.5 text-xs text-white hover:bg-amber-800"
                >
                  修正<span className="sr-only">：{hint.issue.message}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
