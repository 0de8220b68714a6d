"use client";

import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";
import { useEffect, useState } from "react";
import {
  compareRevisionsAction,
  listRevisionsAction,
  restoreRevisionAction,
} from "@/app/(newsroom)/newsroom/articles/[id]/actions";
import { useSharedSaveState } from "@/components/editor/save-state-context";
import type { RevisionComparison } from "@/lib/articles/compare-revisions";
import type { RevisionRow } from "@/lib/articles/list-revisions";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import { DiffView } from "./diff-view";

interface RevisionHistoryProps {
  articleId: string;
  revisions: RevisionRow[];
  mayRestore: boolean;
}

/**
 * 修订记录: every revision, a diff between any two, and restoring one as a new revision. It
 * follows the editor: after each save (and a refused one, whose banner names the newest
 * revision) and when the window regains focus, it asks for the list again, without
 * re-rendering the page under the person typing.
 */
export function RevisionHistory({ articleId, revisions: initial, mayRestore }: RevisionHistoryProps) {
  const [revisions, setRevisions] = useState(initial);
  // A page refresh (a workflow step, a restore) brings a newer list: it replaces the fetched one.
  const [given, setGiven] = useState(initial);
  if (given !== initial) {
    setGiven(initial);
    setRevisions(initial);
  }
  const bridge = useSharedSaveState();
  const savedVersion = bridge?.version ?? null;
  const conflict = bridge?.state === "conflict";
  useEffect(() => {
    let current = true;
    const load = () =>
      void listRevisionsAction({ articleId }).then((result) => {
        if (current && result.ok) setRevisions(result.data);
      });
    if (savedVersion !== null) load();
    window.addEventListener("focus", load);
    return () => {
      current = false;
      window.removeEventListener("focus", load);
    };
  }, [articleId, savedVersion, conflict]);
  const [from, setFrom] = useState(revisions[1]?.number ?? revisions[0]?.number ?? 1);
  const [to, setTo] = useState(revisions[0]?.number ?? 1);
  const [comparison, setComparison] = useState<RevisionComparison | null>(null);
  const comparing = useAction(compareRevisionsAction, { refresh: false });
  // The editor takes up the restored text when the page comes back with the new version.
  const restoring = useAction(restoreRevisionAction, { success: "已恢复，当前内容为恢复后的新版本。" });
  const message = restoring.message ?? comparing.message;
  const [confirm, confirmDialog] = useConfirm();

  async function compare() {
    const result = await comparing.run({ articleId, from, to });
    if (result.ok) setComparison(result.data);
  }

  async function restore(number: number) {
    const yes = await confirm({
      title: `恢复第 ${number} 版？`,
      body: <p>用第 {number} 版的内容替换当前内容。当前内容仍保留在修订记录中。</p>,
      confirmLabel: "恢复此版",
    });
    if (yes) await restoring.run({ articleId, number });
  }

  if (revisions.length === 0) {
    return (
      <div className="space-y-2">
        <p className="text-sm text-muted">还没有修订记录。第一次保存后会出现在这里。</p>
      </div>
    );
  }
  const select = (value: number, onChange: (n: number) => void, label: string) => (
    <label className="flex items-center gap-1 text-sm">
      {label}
      <select
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        className="rounded border border-gray-400 bg-white px-2 py-1"
      >
        {revisions.map((r) => (
          <option key={r.number} value={r.number}>
            第 {r.number} 版
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="space-y-4">
      <ol className="divide-y divide-gray-100 rounded border border-gray-200 bg-white text-sm">
        {revisions.map((r) => (
          <li key={r.number} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <span>
              <strong>第 {r.number} 版</strong> · {r.author} ·{" "}
              <time dateTime={r.at}>{formatNewsroomTime(new Date(r.at))}</time> · {r.charCount} 字
              {r.note && <span className="ml-1 text-muted">（{r.note}）</span>}
            </span>
            {mayRestore && r.number !== revisions[0].number && (
              <button
                type="button"
                disabled={restoring.pending}
                onClick={() => restore(r.number)}
                className="rounded border border-gray-300 px-2 py-0.5 hover:border-brand"
              >
                恢复此版
              </button>
            )}
          </li>
        ))}
      </ol>
      {revisions.length > 1 && (
        <div className="flex flex-wrap items-center gap-3">
          {select(from, setFrom, "从")}
          {select(to, setTo, "到")}
          <button
            type="button"
            onClick={compare}
            className="rounded bg-gray-800 px-3 py-1 text-sm text-white"
          >
            比较
          </button>
        </div>
      )}
      <StatusMessage message={message} />
      {confirmDialog}
      {comparison && (
        <div className="space-y-3" aria-live="polite">
          <p className="text-sm text-muted">
            第 {comparison.from} 版 → 第 {comparison.to} 版
          </p>
          <DiffView label="标题" parts={comparison.headline} />
          <DiffView label="副题" parts={comparison.subtitle} />
          <DiffView label="正文" parts={comparison.body} />
        </div>
      )}
    </div>
  );
}
