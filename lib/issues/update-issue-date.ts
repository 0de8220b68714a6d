import type { SessionUser } from "@/lib/auth/roles";
import { clearPublicCache } from "@/lib/cache/public-cache";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";

/** Corrects an issue's date, e.g. one the archive import inferred from the text. */
export async function updateIssueDate(db: Database, user: SessionUser, number: number, date: string): Promise<void> {
  assertRoleCan(user, "issue:manage");
  const updated = await db.issue.updateMany({ where: { number }, data: { date } });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "该期不存在。");
  clearPublicCache();
}
