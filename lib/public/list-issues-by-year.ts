import type { Database } from "@/lib/db";
import type { ReadingScope } from "./scope";

export interface IssueListEntry {
  number: number;
  date: string;
  articleCount: number;
  leadHeadline: string;
}

export interface IssueYears {
  /** Every year with issues in scope, newest first, and how many. */
  years: { year: number; count: number }[];
  /** The year shown, and its issues, newest first. */
  year: number | null;
  issues: IssueListEntry[];
}

/** The years that have issues in scope, newest first. */
export async function listPublicYears(db: Database, scope: ReadingScope): Promise<number[]> {
  const dates = await db.issue.findMany({
    where: { AND: [scope.issue, { articles: { some: scope.article } }] },
    select: { date: true },
  });
  return [...new Set(dates.map(({ date }) => Number(date.slice(0, 4))))].sort((a, b) => b - a);
}

/** 往期: the years that have issues, and the issues of one year (the newest unless asked). */
export async function listIssuesByYear(
  db: Database,
  scope: ReadingScope,
  requestedYear?: number,
): Promise<IssueYears> {
  const where = { AND: [scope.issue, { articles: { some: scope.article } }] };
  const dates = await db.issue.findMany({ where, select: { date: true } });
  const counts = new Map<number, number>();
  for (const { date } of dates)
    counts.set(Number(date.slice(0, 4)), (counts.get(Number(date.slice(0, 4))) ?? 0) + 1);
  const years = [...counts].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ year, count }));
  const year = requestedYear && counts.has(requestedYear) ? requestedYear : (years[0]?.year ?? null);
  if (year === null) return { years, year, issues: [] };
  const issues = await db.issue.findMany({
    where: { AND: [where, { date: { startsWith: `${year}-` } }] },
    orderBy: [{ date: "desc" }, { number: "desc" }],
    select: {
      number: true,
      date: true,
      articles: {
        where: scope.article,
        orderBy: [{ isLead: "desc" }, { position: "asc" }],
        select: { headline: true },
      },
    },
  });
  return {
    years,
    year,
    issues: issues.map((issue) => ({
      number: issue.number,
      date: issue.date,
      articleCount: issue.articles.length,
      leadHeadline: issue.articles[0]?.headline ?? "",
    })),
  };
}
