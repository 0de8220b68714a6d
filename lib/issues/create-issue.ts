import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { createIssueSchema } from "./issue-input";

/** The number the next issue will most likely have: one after the highest so far. */
export async function suggestIssueNumber(db: Database, user: SessionUser): Promise<number> {
  assertRoleCan(user, "issue:manage");
  const last = await db.issue.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
  return (last?.number ?? 0) + 1;
}

/** A new issue (期) in planning: nothing of it is public until it is published. */
export async function createIssue(db: Database, user: SessionUser, input: z.infer<typeof createIssueSchema>) {
  assertRoleCan(user, "issue:manage");
  if (await db.issue.findUnique({ where: { number: input.number }, select: { id: true } })) {
    throw new AppError("CONFLICT", `第${input.number}期已经存在。`);
  }
  return db.issue.create({ data: { number: input.number, date: input.date }, select: { number: true } });
}
