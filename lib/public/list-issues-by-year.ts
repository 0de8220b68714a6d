import type { Database } from "@/lib/db";
import type { ReadingScope } from "./scope";

export interface IssueListEntry {
  number: number;
  date: string;
  articleCount: number;
  leadHeadline: string;
}

export interface IssueYear {
  year: number;
  issues: IssueListEntry[];
}

/** 往期: every issue in scope, newest first, grouped by year. */
export async function listIssuesByYear(db: Database, scope: ReadingScope): Promise<IssueYear[]> {
  const issues = await db.issue.findMany({
    where: { AND: [scope.issue, { articles: { some: scope.article } }] },
    orderBy: [{ date: "desc" }, { number: "desc" }],
    select: {
      number: true,
      date: true,
      articles: { where: scope.article, orderBy: [{ isLead: "desc" }, { position: "asc" }], select: { headline: true } },
    },
  });
  const years = new Map<number, IssueListEntry[]>();
  for (const issue of issues) {
    const year = Number(issue.date.slice(0, 4));
    const entry = {
      number: issue.number,
      date: issue.date,
      articleCount: issue.articles.length,
      leadHeadline: issue.articles[0]?.headline ?? "",
    };
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return [...years].map(([year, list]) => ({ year, issues: list }));
}
