import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ImportDocxButton } from "@/components/newsroom/import-docx-button";
import { NewArticleButton } from "@/components/newsroom/new-article-button";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { MyAssignments } from "@/components/planning/my-assignments";
import { findMyArticles } from "@/lib/articles/find-my-articles";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { roleCan } from "@/lib/permissions/policy";
import { getMastheadPerRequest } from "@/lib/public/public-reads";
import { findMyAssignments } from "@/lib/planning/find-my-assignments";
import { systemClock } from "@/lib/time/clock";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";
import { newsroomTitle } from "./newsroom-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: { absolute: newsroomTitle("我的稿件", (await getMastheadPerRequest()).name) } };
}

// 我的稿件: what was assigned to the writer first, then their own articles with their state;
// admins write none and go to accounts.
export default async function MyArticlesPage() {
  const user = await requireUser("/newsroom");
  if (!roleCan(user, "article:create")) redirect("/newsroom/people");
  const [assignments, articles] = await Promise.all([
    findMyAssignments(db, user, systemClock),
    findMyArticles(db, user, systemClock),
  ]);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">我的稿件</h1>
        <div className="flex flex-wrap items-start gap-3">
          <NewArticleButton />
          <ImportDocxButton />
        </div>
      </div>
      <MyAssignments assignments={assignments} />
      {articles.length === 0 ? (
        <EmptyState>还没有稿件。点击“新建稿件”开始写作。</EmptyState>
      ) : (
        <DataTable
          columns={[
            { label: "标题" },
            { label: "栏目" },
            { label: "状态" },
            { label: "字数", numeric: true },
            { label: "最后修改" },
          ]}
        >
          {articles.map((article) => (
            <tr key={article.id} className="hover:bg-gray-50">
              <td className="px-4 py-3">
                <Link
                  href={`/newsroom/articles/${article.id}`}
                  className="font-medium text-brand-dark hover:underline"
                >
                  {article.headline || "（无标题）"}
                </Link>
              </td>
              <td className="px-4 py-3">{article.section?.name ?? "—"}</td>
              <td className="px-4 py-3">
                <StatusBadge status={article.status} />
              </td>
              <td className="px-4 py-3 text-right tabular-nums">
                {article.charCount.toLocaleString("zh-CN")}
              </td>
              <td className="px-4 py-3 tabular-nums">
                <time dateTime={article.updatedAt.toISOString()}>
                  {formatNewsroomTime(article.updatedAt)}
                </time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
