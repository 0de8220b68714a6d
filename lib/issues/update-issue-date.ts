import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { reindexIssue } from "@/lib/search/reindex";

/** Corrects an issue's date, e.g. one the archive import inferred from the text. */
export async function updateIssueDate(
  db: Database,
  user: SessionUser,
  number: number,
  date: string,
): Promise<void> {
  assertRoleCan(user, "issue:manage");
  await db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { number }, select: { id: true } });
    if (!issue) throw new AppError("NOT_FOUND", "该期不存在。");
    await tx.issue.update({ where: { id: issue.id }, data: { date } });
    // The year filter of search reads the issue date.
    await reindexIssue(tx, issue.id);
    await invalidateReaderPages(tx, { issues: [number] }, new Date());
  });
}
