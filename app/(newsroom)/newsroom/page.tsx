import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { NewArticleButton } from "@/components/newsroom/new-article-button";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { findMyArticles } from "@/lib/articles/find-my-articles";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { roleCan } from "@/lib/permissions/permissions";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export const metadata: Metadata = { title: "我的稿件" };

// 我的稿件: a writer's own articles with their state; admins write none and go to accounts.
export default async function MyArticlesPage() {
  const user = await requireUser("/newsroom");
  if (!roleCan(user, "article:create")) redirect("/newsroom/people");
  const articles = await findMyArticles(db, user);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">我的稿件</h1>
        <NewArticleButton />
      </div>
      {articles.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-8 text-center text-muted">还没有稿件。点击“新建稿件”开始写作。</p>
      ) : (
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-gray-100 text-gray-700">
              <tr>
                <th scope="col" className="px-4 py-2">标题</th>
                <th scope="col" className="px-4 py-2">栏目</th>
                <th scope="col" className="px-4 py-2">状态</th>
                <th scope="col" className="px-4 py-2 text-right">字数</th>
                <th scope="col" className="px-4 py-2">最后修改</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {articles.map((article) => (
                <tr key={article.id} className="hover:bg-gray-50">
                  <td className="px-4 py-3">
                    <Link href={`/newsroom/articles/${article.id}`} className="font-medium text-brand-dark hover:underline">
                      {article.headline || "（无标题）"}
                    </Link>
                  </td>
                  <td className="px-4 py-3">{article.section?.name ?? "—"}</td>
                  <td className="px-4 py-3">
                    <StatusBadge status={article.status} />
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{article.charCount.toLocaleString("zh-CN")}</td>
                  <td className="px-4 py-3 tabular-nums">
                    <time dateTime={article.updatedAt.toISOString()}>{formatNewsroomTime(article.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
