import type { Database } from "@/lib/db";
import { type ArticleSummary, articleSummarySelect, toArticleSummary } from "./article-summary";
import { inReadingOrder } from "./reading-order";
import type { ReadingScope } from "./scope";

export interface SectionGroup {
  name: string;
  slug: string;
  articles: ArticleSummary[];
}

export interface IssueView {
  number: number;
  date: string;
  lead: ArticleSummary | null;
  articles: ArticleSummary[];
  sections: SectionGroup[];
  totalCharacters: number;
}

/** Sections in the order their articles come (the articles are already in reading order). */
function groupBySection(articles: ArticleSummary[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const article of articles) {
    const section = article.section ?? { name: "其他", slug: "other" };
    const group = groups.get(section.slug) ?? { name: section.name, slug: section.slug, articles: [] };
    group.articles.push(article);
    groups.set(section.slug, group);
  }
  return [...groups.values()];
}

/** One issue as readers see it (目录): its visible articles in reading order, grouped by section. */
export async function findIssueView(
  db: Database,
  number: number,
  scope: ReadingScope,
): Promise<IssueView | null> {
  const issue = await db.issue.findFirst({
    where: { AND: [scope.issue, { number }] },
    select: {
      number: true,
      date: true,
      articles: { where: scope.article, orderBy: { position: "asc" }, select: articleSummarySelect },
    },
  });
  if (!issue || issue.articles.length === 0) return null;
  const articles = inReadingOrder(issue.articles.map(toArticleSummary));
  return {
    number: issue.number,
    date: issue.date,
    lead: articles.find((a) => a.isLead) ?? articles[0],
    articles,
    sections: groupBySection(articles),
    totalCharacters: articles.reduce((sum, a) => sum + a.charCount, 0),
  };
}

/** The number of the newest issue in scope that has something to show, or null. */
export async function findLatestIssueNumber(db: Database, scope: ReadingScope): Promise<number | null> {
  const issue = await db.issue.findFirst({
    where: { AND: [scope.issue, { articles: { some: scope.article } }] },
    orderBy: [{ date: "desc" }, { number: "desc" }],
    select: { number: true },
  });
  return issue?.number ?? null;
}
