import Link from "next/link";
import type { PlannedArticle } from "@/components/newsroom/issue-planner";
import { statusLabel } from "@/lib/articles/article-status";
import { formatRate } from "@/lib/quality/error-rate";

/**
 * An article of an issue's plan as a line: its place, headline (to the article), 头条, author,
 * status, 字数 and proofreading figures. The planner adds its controls after it; the read-only
 * overview shows it alone.
 */
export function PlannedArticleLine({ article, place }: { article: PlannedArticle; place: number }) {
  return (
    <>
      <span className="w-6 text-right text-muted tabular-nums">{place}</span>
      <span className="min-w-48 flex-1">
        <Link href={`/newsroom/articles/${article.id}`} className="font-medium hover:underline">
          {article.headline || "（无标题）"}
        </Link>
        {article.isLead && <span className="ml-2 rounded bg-brand px-1.5 text-xs text-white">头条</span>}
        <span className="ml-2 text-xs text-muted">
          {article.author} · {statusLabel(article.status)} · {article.charCount.toLocaleString("zh-CN")} 字
          {article.corrected && " · 已更正"}
        </span>
        {article.quality && article.quality.caughtErrors > 0 && (
          <span className="ml-2 text-xs text-muted">校对改正 {article.quality.caughtErrors} 处</span>
        )}
        {article.quality && article.quality.printErrors > 0 && (
          <span
            className={`ml-2 text-xs ${article.quality.overLimit ? "font-bold text-red-800" : "text-muted"}`}
          >
            见报差错率 {formatRate(article.quality.printRate ?? 0)}
          </span>
        )}
      </span>
    </>
  );
}

/**
 * A section of an issue's plan: a region named by its heading (its name, articles and 字数),
 * with what the planner or the read-only overview puts under it.
 */
export function PlanSection({
  section,
  children,
}: {
  section: { id: string; name: string; articles: unknown[]; charCount: number };
  children: React.ReactNode;
}) {
  const headingId = `plan-${section.id || "none"}`;
  return (
    <section aria-labelledby={headingId} className="rounded border border-gray-200 bg-white">
      <h2
        id={headingId}
        className="flex justify-between border-b border-gray-200 bg-gray-50 px-4 py-2 font-bold"
      >
        <span>{section.name}</span>
        <span className="text-sm font-normal text-muted">
          {section.articles.length} 篇 · {section.charCount.toLocaleString("zh-CN")} 字
        </span>
      </h2>
      {children}
    </section>
  );
}
