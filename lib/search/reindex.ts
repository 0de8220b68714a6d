import type { JSONContent } from "@tiptap/core";
import type { Database, Tx } from "@/lib/db";
import { docToPlainText } from "@/lib/editor/article-doc";
import { deleteSearchRows, insertSearchRow } from "./search-index-sql";
import { tokenizeForIndex } from "./tokenize";

const LISTED = ["PUBLISHED", "SCHEDULED"];

/**
 * Brings the search rows of these articles in line with the database, inside the caller's
 * transaction: a row for each published or scheduled article of a published or scheduled
 * issue, none for anything else.
 */
export async function reindexArticles(tx: Tx | Database, articleIds: string[]): Promise<void> {
  await deleteSearchRows(tx, articleIds);
  const articles = await tx.article.findMany({
    where: { id: { in: articleIds }, status: { in: LISTED }, publishedAt: { not: null }, issue: { status: { in: LISTED }, publishAt: { not: null } } },
    select: { id: true, headline: true, subtitle: true, body: true, publishedAt: true, sectionId: true, issue: { select: { date: true, publishAt: true } } },
  });
  for (const article of articles) {
    await insertSearchRow(tx, {
      articleId: article.id,
      publishedAt: Math.max(article.publishedAt!.getTime(), article.issue!.publishAt!.getTime()),
      year: article.issue!.date.slice(0, 4),
      sectionId: article.sectionId,
      headline: tokenizeForIndex(`${article.headline} ${article.subtitle}`).join(" "),
      body: tokenizeForIndex(docToPlainText(JSON.parse(article.body) as JSONContent)).join(" "),
    });
  }
}

/** Re-indexes every article of an issue (after publishing, unpublishing or redating it). */
export async function reindexIssue(tx: Tx | Database, issueId: string): Promise<void> {
  const articles = await tx.article.findMany({ where: { issueId }, select: { id: true } });
  await reindexArticles(tx, articles.map((a) => a.id));
}
