import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { roleCan } from "@/lib/permissions/permissions";
import { findReviewQueue } from "@/lib/review/find-review-queue";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export const metadata: Metadata = { title: "待审稿件" };

// 待审稿件: what waits for this editor's decision, oldest submission first.
export default async function ReviewQueuePage() {
  const user = await requireUser("/newsroom/review");
  if (!roleCan(user, "review:queue")) notFound();
  const queue = await findReviewQueue(db, user);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">待审稿件</h1>
      {queue.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-8 text-center text-muted">目前没有等待您审核的稿件。</p>
      ) : (
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-gray-100">
              <tr>
                <th scope="col" className="px-4 py-2">标题</th>
                <th scope="col" className="px-4 py-2">作者</th>
                <th scope="col" className="px-4 py-2">栏目</th>
                <th scope="col" className="px-4 py-2">审级</th>
                <th scope="col" className="px-4 py-2 text-right">字数</th>
                <th scope="col" className="px-4 py-2">提交时间</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {queue.map((article) => (
                <tr key={article.id} className="hover:bg-gray-50">
                  <td className="px-4 py-3">
                    <Link href={`/newsroom/articles/${article.id}`} className="font-medium text-brand-dark hover:underline">
                      {article.headline || "（无标题）"}
                    </Link>
                  </td>
                  <td className="px-4 py-3">{article.author?.displayName ?? "—"}</td>
                  <td className="px-4 py-3">{article.section?.name ?? "—"}</td>
                  <td className="px-4 py-3">{article.nextStage}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{article.charCount.toLocaleString("zh-CN")}</td>
                  <td className="px-4 py-3 tabular-nums">{article.submittedAt ? formatNewsroomTime(article.submittedAt) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
