import type { EachResult } from "@/lib/actions/run-each";
import { runEach } from "@/lib/actions/run-each";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { transitionArticle } from "@/lib/workflow/transition-article";

/**
 * 批量通过: the same opinion on several articles of the review queue. Each is approved through
 * the workflow exactly as on its own page (its stage, its author, its notifications), so an
 * article someone else decided meanwhile is refused alone and the others still go through.
 */
export async function approveArticles(
  db: Database,
  user: SessionUser,
  input: { articleIds: string[]; note: string },
  clock: Clock,
): Promise<EachResult> {
  assertRoleCan(user, "review:decide");
  const note = input.note.trim();
  if (!note) throw new AppError("BAD_INPUT", "请填写审稿意见。");
  return runEach(input.articleIds, (articleId) =>
    transitionArticle(db, user, { articleId, action: "approve", note }, clock),
  );
}
