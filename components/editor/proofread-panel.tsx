"use client";

import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useState } from "react";
import { applyProofFix } from "@/lib/editor/apply-proof-fix";
import { type TextBlock, textBlocks } from "@/lib/editor/text-blocks";
import type { FlaggedTerm } from "@/lib/proofread/flagged-terms";
import type { ProofIssue } from "@/lib/proofread/proof-issue";
import { proofreadBlocks } from "@/lib/proofread/proofread-blocks";
import { proofreadKey } from "./proofread-highlight";
import { useSharedSaveState } from "./save-state-context";

interface Found {
  issue: ProofIssue;
  from: number;
  to: number;
  passage: string;
}

function find(editor: Editor, terms: FlaggedTerm[]): Found[] {
  const blocks: TextBlock[] = textBlocks(editor.state.doc);
  return proofreadBlocks(
    blocks.map((b) => b.text),
    terms,
  ).map((issue) => {
    const block = blocks[issue.block];
    return {
      issue,
      from: block.start + issue.from,
      to: block.start + issue.to,
      passage: block.text.slice(Math.max(0, issue.from - 6), issue.to + 6),
    };
  });
}

/** 校对提示: runs the checks on demand, highlights what they find, and applies certain fixes. */
export function ProofreadPanel({ editor, terms }: { editor: Editor; terms: FlaggedTerm[] }) {
  const [found, setFound] = useState<Found[] | null>(null);
  const bridge = useSharedSaveState();

  const run = useCallback(() => {
    const result = find(editor, terms);
    editor.view.dispatch(
      editor.state.tr.setMeta(
        proofreadKey,
        result.map(({ from, to }) => ({ from, to })),
      ),
    );
    setFound(result);
    return result.length;
  }, [editor, terms]);

  // Submitting asks these checks first (see WorkflowPanel).
  useEffect(() => bridge?.registerProofreader(run), [bridge, run]);

  function fix(item: Found) {
    if (item.issue.fix === undefined) return;
    applyProofFix(editor, item, item.issue.fix);
    run();
  }

  return (
    <section aria-labelledby="proofread-title" className="border-b border-gray-200 bg-amber-50/40 px-4 py-2">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="proofread-title" className="text-sm font-bold">
          校对提示
        </h2>
        <button
          type="button"
          onClick={run}
          className="rounded border border-amber-600 bg-white px-3 py-0.5 text-sm text-amber-900 hover:bg-amber-100"
        >
          检查全文
        </button>
        {found && (
          <span className="text-sm text-muted">
            {found.length === 0 ? "未发现问题。" : `发现 ${found.length} 处。`}
          </span>
        )}
      </div>
      {found && found.length > 0 && (
        <ul className="mt-2 max-h-60 space-y-1 overflow-y-auto text-sm">
          {found.map((item, index) => (
            <li key={`${item.from}-${index}`} className="flex flex-wrap items-center gap-2">
              <span className="font-serif text-gray-700">…{item.passage}…</span>
              <span>{item.issue.message}</span>
              {item.issue.fix !== undefined && (
                <button
                  type="button"
                  onClick={() => fix(item)}
                  className="rounded bg-amber-700 px-2 py-0.5 text-xs text-white hover:bg-amber-800"
                >
                  修正<span className="sr-only">：{item.issue.message}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
