"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { approveArticlesAction } from "@/app/(newsroom)/newsroom/review/actions";
import { type BulkOutcome, BulkSummary } from "@/components/planning/bulk-summary";
import { TextAreaField } from "@/components/planning/fields";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { StatusMessage } from "@/components/ui/status-message";

export interface QueuedArticle {
  id: string;
  headline: string;
  author: string;
  section: string;
  nextStage: string;
  charCount: number;
  submittedAt: string | null;
  submittedLabel: string;
}

/**
 * 待审稿件 with 批量通过: tick several, give one opinion, approve each through the workflow.
 * `readOnly` (someone who decides nothing): the list alone.
 */
export function ReviewQueueTable({
  queue,
  readOnly = false,
}: {
  queue: QueuedArticle[];
  readOnly?: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [pending, setPending] = useState(false);
  const all = queue.length > 0 && queue.every((a) => selected.has(a.id));

  function toggle(id: string, checked: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function approve() {
    if (!note.trim()) return setError("请填写审稿意见。");
    const names = new Map(queue.filter((a) => selected.has(a.id)).map((a) => [a.id, a.headline]));
    setPending(true);
    const result = await approveArticlesAction({ articleIds: [...names.keys()], note });
    setPending(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setOutcome({ verb: "通过", ...result.data, names });
    setSelected(new Set());
    setNote("");
    router.refresh();
  }

  // The queue can empty by this person's own bulk approval: the outcome stays said.
  if (queue.length === 0)
    return (
      <div className="space-y-4">
        <EmptyState>{readOnly ? "目前没有待审稿件。" : "目前没有等待您审核的稿件。"}</EmptyState>
        {outcome && <BulkSummary outcome={outcome} />}
      </div>
    );

  return (
    <div className="space-y-4">
      <DataTable
        columns={[
          ...(readOnly ? [] : [{ label: "选择" }]),
          { label: "标题" },
          { label: "作者" },
          { label: "栏目" },
          { label: "审级" },
          { label: "字数", numeric: true },
          { label: "提交时间" },
        ]}
      >
        {queue.map((article) => (
          <tr key={article.id} className="hover:bg-gray-50">
            {!readOnly && (
              <td className="px-4 py-3">
                <input
                  type="checkbox"
                  checked={selected.has(article.id)}
                  onChange={(event) => toggle(article.id, event.target.checked)}
                  aria-label={`选择《${article.headline || "无标题"}》`}
                />
              </td>
            )}
            <td className="px-4 py-3">
              <Link
                href={`/newsroom/articles/${article.id}`}
                className="block min-w-40 font-medium text-brand-dark hover:underline"
              >
                {article.headline || "（无标题）"}
              </Link>
            </td>
            <td className="px-4 py-3">{article.author}</td>
            <td className="px-4 py-3">{article.section}</td>
            <td className="px-4 py-3">{article.nextStage}</td>
            <td className="px-4 py-3 text-right tabular-nums">{article.charCount.toLocaleString("zh-CN")}</td>
            <td className="px-4 py-3 tabular-nums">
              {article.submittedAt ? (
                <time dateTime={article.submittedAt}>{article.submittedLabel}</time>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {!readOnly && (
        <section aria-labelledby="bulk-approve-title" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="bulk-approve-title" className="font-bold">
            批量通过
          </h2>
          <p className="mt-1 text-sm text-muted">
            勾选的稿件逐篇按各自的审级通过，使用同一条审稿意见；已被他人处理或您不能审核的稿件会被跳过并说明原因。
          </p>
          <label className="mt-3 flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={all}
              onChange={(event) =>
                setSelected(event.target.checked ? new Set(queue.map((a) => a.id)) : new Set())
              }
            />
            全选
          </label>
          <TextAreaField
            label="审稿意见（批量）"
            name="note"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={2}
            className="mt-3"
          />
          <button
            type="button"
            onClick={approve}
            disabled={pending || selected.size === 0}
            className="mt-3 rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark disabled:opacity-50"
          >
            {pending ? "正在处理…" : `通过所选（${selected.size}）`}
          </button>
          <div className="mt-2 space-y-2">
            <StatusMessage message={error ? { text: error, error: true } : null} />
            {outcome && <BulkSummary outcome={outcome} />}
          </div>
        </section>
      )}
    </div>
  );
}
