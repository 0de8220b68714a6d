import type { Database } from "@/lib/db";

interface NoticeRow {
  userId: string;
  articleId: string;
  createdAt: Date;
  article: { authorId: string | null };
}

interface EventRow {
  articleId: string;
  actorId: string | null;
  fromStatus: string | null;
  toStatus: string;
  stage: number | null;
  createdAt: Date;
}

/** A decision or a move of the article, not a note that leaves it where it was (a reopened stage). */
const movesArticle = (event: EventRow) => event.fromStatus !== event.toStatus || event.stage !== null;

/**
 * Whether a notice asked for something that has since been done: a reviewer's "waits for you"
 * once the article moved on (someone approved, returned, rejected it, or the author withdrew
 * it); an author's notice once they acted on the article again (resubmitted after 退回). Such
 * notices no longer count as unread, whoever took the step.
 */
export function isHandled(notice: NoticeRow, events: readonly EventRow[]): boolean {
  const forAuthor = notice.article.authorId === notice.userId;
  return events.some(
    (event) =>
      event.articleId === notice.articleId &&
      event.createdAt > notice.createdAt &&
      movesArticle(event) &&
      (!forAuthor || event.actorId === notice.userId),
  );
}

/** The workflow events after the oldest of the notices, on their articles: what isHandled reads. */
export async function findLaterEvents(db: Database, notices: readonly NoticeRow[]): Promise<EventRow[]> {
  if (notices.length === 0) return [];
  const since = new Date(Math.min(...notices.map((n) => n.createdAt.getTime())));
  return db.workflowEvent.findMany({
    where: { articleId: { in: [...new Set(notices.map((n) => n.articleId))] }, createdAt: { gt: since } },
    select: {
      articleId: true,
      actorId: true,
      fromStatus: true,
      toStatus: true,
      stage: true,
      createdAt: true,
    },
  });
}
