import type { Database } from "@/lib/db";
import { type RevisionComparison, compareRevisionsUnchecked } from "@/lib/articles/compare-revisions";

/**
 * What changed since the previous submission: the revisions kept when the article was
 * submitted the time before and this time. Null on a first submission.
 */
export async function findSubmissionDiff(
  db: Database,
  articleId: string,
): Promise<RevisionComparison | null> {
  const submissions = await db.revision.findMany({
    where: { articleId, note: "提交审稿" },
    orderBy: { number: "desc" },
    take: 2,
    select: { number: true },
  });
  if (submissions.length < 2) return null;
  return compareRevisionsUnchecked(db, articleId, submissions[1].number, submissions[0].number);
}
