import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/permissions/require-permission";
import { findReviewQueue } from "@/lib/review/find-review-queue";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export const metadata: Metadata = { title: "待审稿件" };

// 待审稿件: what waits for this editor's decision, oldest submission first.
export default async function ReviewQueuePage() {
  const user = await requirePermission("/newsroom/review", "review:queue");
  const queue = await findReviewQueue(db, user);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">待审稿件</h1>
      {queue.length === 0 ? (
        <EmptyState>目前没有等待您审核的稿件。</EmptyState>
      ) : (
        <DataTable
          columns={[
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
              <td className="px-4 py-3">
                <Link
                  href={`/newsroom/articles/${article.id}`}
                  className="font-medium text-brand-dark hover:underline"
                >
                  {article.headline || "（无标题）"}
                </Link>
              </td>
              <td className="px-4 py-3">{article.author?.displayName ?? "—"}</td>
              <td className="px-4 py-3">{article.section?.name ?? "—"}</td>
              <td className="px-4 py-3">{article.nextStage}</td>
              <td className="px-4 py-3 text-right tabular-nums">
                {article.charCount.toLocaleString("zh-CN")}
              </td>
              <td className="px-4 py-3 tabular-nums">
                {article.submittedAt ? formatNewsroomTime(article.submittedAt) : "—"}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
