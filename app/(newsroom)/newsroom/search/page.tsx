import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { ARTICLE_STATUS_LABELS } from "@/lib/articles/article-status";
import { requireUser } from "@/lib/auth/current-user";
import { pageAddress } from "@/lib/auth/safe-return-path";
import { db } from "@/lib/db";
import { firstParam } from "@/lib/http/first-param";
import { searchNewsroom } from "@/lib/search/search-newsroom";
import { systemClock } from "@/lib/time/clock";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export const metadata: Metadata = { title: "稿件搜索" };

// 稿件搜索: every article this person may see, drafts included, with a status filter.
export default async function NewsroomSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const user = await requireUser(pageAddress("/newsroom/search", params));
  const q = firstParam(params.q);
  const status = firstParam(params.status);
  const results = await searchNewsroom(db, user, { q, status }, systemClock);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">稿件搜索</h1>
      <form action="/newsroom/search" role="search" className="mb-6 flex flex-wrap items-end gap-3">
        <label className="min-w-60 flex-1 text-sm">
          <span className="mb-1 block font-medium">关键词</span>
          <input
            type="search"
            name="q"
            defaultValue={q}
            className="w-full rounded border border-gray-400 bg-white px-3 py-2"
          />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">状态</span>
          <select
            name="status"
            defaultValue={status}
            className="rounded border border-gray-400 bg-white px-3 py-2"
          >
            <option value="">全部</option>
            {Object.entries(ARTICLE_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 text-white">
          搜索
        </button>
      </form>
      {q && (
        <ul className="divide-y divide-gray-100 rounded border border-gray-200 bg-white">
          {results.length === 0 && <li className="px-4 py-6 text-center text-muted">没有找到相关稿件。</li>}
          {results.map((article) => (
            <li key={article.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <Link
                href={`/newsroom/articles/${article.id}`}
                className="flex-1 font-medium text-brand-dark hover:underline"
              >
                {article.headline || "（无标题）"}
              </Link>
              <StatusBadge status={article.status} />
              <span className="text-sm text-muted">
                {article.author?.displayName ?? "存档导入"} ·{" "}
                {article.issue ? `第${article.issue.number}期 · ` : ""}
                {article.charCount} 字 · {formatNewsroomTime(article.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
