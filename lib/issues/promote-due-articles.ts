import type { Database, Tx } from "@/lib/db";

/**
 * Records as PUBLISHED what has gone live by its stored time. Visibility never waits for
 * this (readers' queries compare the publish time themselves); it only keeps the newsroom's
 * status labels true, whenever the newsroom looks, with no job to schedule.
 */
export async function promoteDueArticles(db: Database | Tx, now: Date): Promise<void> {
  await db.issue.updateMany({
    where: { status: "SCHEDULED", publishAt: { lte: now } },
    data: { status: "PUBLISHED" },
  });
  await db.article.updateMany({
    where: { status: "SCHEDULED", publishedAt: { lte: now }, issue: { status: "PUBLISHED" } },
    data: { status: "PUBLISHED" },
  });
}
