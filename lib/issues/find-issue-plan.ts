import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { ARTICLE_MOMENT_SELECT, articleStatusAt, issueStatusAt } from "./visibility";

const articleColumns = {
  id: true,
  headline: true,
  status: true,
  charCount: true,
  isLead: true,
  position: true,
  publishedAt: true,
  issue: ARTICLE_MOMENT_SELECT.issue,
  sectionId: true,
  author: { select: { displayName: true } },
  _count: { select: { corrections: true } },
} as const;

/**
 * One issue as the planner sees it: its articles by section in page order with running
 * totals, the pool of approved and held articles that can go in, and the sections. Statuses
 * are as of the clock: an issue whose moment has passed reads as published, with no write.
 */
export async function findIssuePlan(db: Database, user: SessionUser, number: number, clock: Clock) {
  assertRoleCan(user, "issue:view");
  const now = clock();
  const stored = await db.issue.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      date: true,
      status: true,
      publishAt: true,
      articles: { orderBy: { position: "asc" }, select: articleColumns },
    },
  });
  if (!stored) return null;
  const issue = {
    ...stored,
    status: issueStatusAt(stored, now),
    articles: stored.articles.map((article) => ({ ...article, status: articleStatusAt(article, now) })),
  };
  const [sections, pool] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.article.findMany({
      where: { status: { in: ["APPROVED", "HELD"] }, issueId: null },
      orderBy: { updatedAt: "asc" },
      select: articleColumns,
    }),
  ]);
  const bySection = sections.map((section) => {
    const articles = issue.articles.filter((a) => a.sectionId === section.id);
    return { ...section, articles, charCount: articles.reduce((sum, a) => sum + a.charCount, 0) };
  });
  const unsectioned = issue.articles.filter((a) => !sections.some((s) => s.id === a.sectionId));
  if (unsectioned.length > 0) {
    bySection.push({
      id: "",
      name: "未分栏目",
      articles: unsectioned,
      charCount: unsectioned.reduce((sum, a) => sum + a.charCount, 0),
    });
  }
  return {
    issue,
    sections,
    bySection,
    pool,
    totals: {
      articles: issue.articles.length,
      charCount: issue.articles.reduce((sum, a) => sum + a.charCount, 0),
    },
  };
}
