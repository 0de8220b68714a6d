"use client";

import { useState } from "react";
import { transitionArticleAction } from "@/app/(newsroom)/newsroom/articles/[id]/actions";
import { useSharedSaveState } from "@/components/editor/save-state-context";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import type { AvailableTransition } from "@/lib/workflow/available-transitions";

const PRIMARY = new Set(["submit", "approve", "release"]);

interface WorkflowPanelProps {
  articleId: string;
  transitions: AvailableTransition[];
  /** E.g. "等待复审（已通过初审）". */
  situation: string | null;
}

/** The decisions this person may take on the article now, with the opinion or reason they need. */
export function WorkflowPanel({ articleId, transitions, situation }: WorkflowPanelProps) {
  const bridge = useSharedSaveState();
  const saveState = bridge?.state ?? "saved";
  const [note, setNote] = useState("");
  // The page is rendered again with the article's new state (the editor follows the new version).
  const { run, pending, message, fail } = useAction(transitionArticleAction);
  const needsNote = transitions.some((t) => t.noteRequired);
  const optional = transitions.filter((t) => !t.noteRequired).map((t) => `“${t.label}”`);
  const required = transitions.filter((t) => t.noteRequired).map((t) => `“${t.label}”`);
  const unsaved = saveState !== "saved";
  const [confirm, confirmDialog] = useConfirm();

  async function take(transition: AvailableTransition) {
    if (transition.noteRequired && !note.trim()) {
      fail(`请填写“${transition.label}”的理由。`);
      return;
    }
    if (transition.action === "submit") {
      // Hints never block a submission, but the reporter sees them and confirms first.
      const hints = bridge?.proofread() ?? 0;
      const yes =
        hints === 0 ||
        (await confirm({
          title: "仍要提交审稿吗？",
          body: <p>校对发现 {hints} 处提示尚未处理（已在正文中标出）。</p>,
          confirmLabel: "仍要提交",
        }));
      if (!yes) return;
    }
    if (transition.action === "unpublish") {
      const yes = await confirm({
        title: "撤下这篇稿件？",
        body: <p>稿件将立即从网站、搜索和订阅中消失；读者打开原链接会看到“该稿件已撤下”。</p>,
        confirmLabel: "撤下",
        danger: true,
      });
      if (!yes) return;
    }
    const result = await run({ articleId, action: transition.action, note });
    if (result.ok) setNote("");
  }

  if (transitions.length === 0 && !situation) return null;
  return (
    <section aria-labelledby="workflow-title" className="mb-4 rounded border border-gray-200 bg-white p-4">
      <h2 id="workflow-title" className="font-bold">
        审稿流程
      </h2>
      {situation && <p className="mt-1 text-sm text-muted">{situation}</p>}
      {transitions.length > 0 && (
        <>
          {needsNote && (
            <div className="mt-3">
              <label htmlFor="workflow-note" className="mb-1 block text-sm font-medium">
                审稿意见 / 说明
              </label>
              <p id="workflow-note-hint" className="mb-1 text-xs text-muted">
                {required.join("、")}须填写理由{optional.length > 0 && `；${optional.join("、")}可不填`}。
              </p>
              <textarea
                id="workflow-note"
                aria-describedby="workflow-note-hint"
                value={note}
                onChange={(event) => setNote(event.target.value)}
                rows={3}
                className="w-full rounded border border-gray-400 px-3 py-2 focus:border-brand focus:outline-none"
              />
            </div>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            {transitions.map((transition) => (
              <button
                key={transition.action}
                type="button"
                disabled={pending || unsaved}
                onClick={() => take(transition)}
                className={
                  PRIMARY.has(transition.action)
                    ? "rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark disabled:opacity-50"
                    : "rounded border border-gray-400 bg-white px-4 py-1.5 hover:border-brand disabled:opacity-50"
                }
              >
                {transition.label}
              </button>
            ))}
          </div>
          {unsaved && (
            <p className="mt-2 text-sm text-amber-800">正文尚未保存完毕，保存后才能进行流程操作。</p>
          )}
          <StatusMessage message={message} className="mt-2" />
        </>
      )}
      {confirmDialog}
    </section>
  );
}
