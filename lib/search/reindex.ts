import type { Database, Tx } from "@/lib/db";
import type { ArticleStatus, IssueStatus } from "@/lib/generated/prisma/enums";
import { deleteSearchRows, insertSearchRows, type SearchRow } from "./search-index-sql";
import { tokenizeForIndex } from "./tokenize";

const LISTED: ArticleStatus[] = ["PUBLISHED", "SCHEDULED"];
const LISTED_ISSUES: IssueStatus[] = ["PUBLISHED", "SCHEDULED"];
/** Ids per query: SQLite (and Prisma for it) binds at most 999 parameters per statement. */
const IDS_PER_QUERY = 500;

/** What the index needs of an article that is listed (published, in a published issue). */
export interface ListedArticle {
  id: string;
  headline: string;
  subtitle: string;
  /** Article.plainText. */
  plainText: string;
  publishedAt: Date;
  sectionId: string | null;
  issue: { date: string; publishAt: Date };
  /** The credited names, in credit order. */
  bylineNames: string[];
}

/** The search row of a listed article: tokenised text, and when and where readers see it. */
export function searchRowOf(article: ListedArticle): SearchRow {
  return {
    articleId: article.id,
    publishedAt: Math.max(article.publishedAt.getTime(), article.issue.publishAt.getTime()),
    year: article.issue.date.slice(0, 4),
    sectionId: article.sectionId,
    headline: tokenizeForIndex(`${article.headline} ${article.subtitle}`).join(" "),
    body: tokenizeForIndex(article.plainText).join(" "),
    // Names, not the formatted line: a search for 记者 or 通讯员 should not match every article.
    byline: tokenizeForIndex(article.bylineNames.join(" ")).join(" "),
  };
}

async function reindexChunk(tx: Tx | Database, articleIds: string[]): Promise<void> {
  await deleteSearchRows(tx, articleIds);
  const articles = await tx.article.findMany({
    where: {
      id: { in: articleIds },
      status: { in: LISTED },
      publishedAt: { not: null },
      issue: { status: { in: LISTED_ISSUES }, publishAt: { not: null } },
    },
    select: {
      id: true,
      headline: true,
      subtitle: true,
      plainText: true,
      publishedAt: true,
      sectionId: true,
      issue: { select: { date: true, publishAt: true } },
      bylines: { orderBy: { position: "asc" }, select: { person: { select: { name: true } } } },
    },
  });
  await insertSearchRows(
    tx,
    articles.map((article) =>
      searchRowOf({
        ...article,
        publishedAt: article.publishedAt!,
        issue: { date: article.issue!.date, publishAt: article.issue!.publishAt! },
        bylineNames: article.bylines.map((b) => b.person.name),
      }),
    ),
  );
}

/**
 * Brings the search rows of these articles in line with the database, inside the caller's
 * transaction: a row for each published or scheduled article of a published or scheduled
 * issue, none for anything else.
 */
export async function reindexArticles(tx: Tx | Database, articleIds: string[]): Promise<void> {
  for (let i = 0; i < articleIds.length; i += IDS_PER_QUERY)
    await reindexChunk(tx, articleIds.slice(i, i + IDS_PER_QUERY));
}

/** Re-indexes every article of an issue (after publishing, unpublishing or redating it). */
export async function reindexIssue(tx: Tx | Database, issueId: string): Promise<void> {
  const articles = await tx.article.findMany({ where: { issueId }, select: { id: true } });
  await reindexArticles(
    tx,
    articles.map((a) => a.id),
  );
}
