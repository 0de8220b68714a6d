import type { Database } from "@/lib/db";

export interface WithdrawnArticle {
  issue: { number: number; date: string };
}

/**
 * An article readers could read once and can no longer (撤下, alone or with its issue), for the
 * 410 notice at its address; null for one that was never public, which stays a plain 404 so
 * that nothing hints at unpublished work. Asked only after the public lookup found nothing.
 * It had gone live when its own publishing moment and its issue's both lie in the past:
 * cancelling a schedule or taking an article out of an unpublished issue clears them.
 */
export async function findWithdrawnArticle(
  db: Database,
  id: string,
  now: Date,
): Promise<WithdrawnArticle | null> {
  const article = await db.article.findUnique({
    where: { id },
    select: { publishedAt: true, issue: { select: { number: true, date: true, publishAt: true } } },
  });
  const issue = article?.issue;
  if (!article?.publishedAt || !issue?.publishAt) return null;
  if (article.publishedAt > now || issue.publishAt > now) return null;
  return { issue: { number: issue.number, date: issue.date } };
}
