import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import { articleWhere, roleCan } from "@/lib/permissions/policy";
import { getReviewStages } from "@/lib/settings/review-stages";
import { allowsTransition } from "@/lib/workflow/check-transition";
import { findRoundApprovers } from "@/lib/workflow/find-round-approvers";
import { stageName } from "@/lib/workflow/states";

/**
 * 待审稿件: submitted articles whose next stage this user may decide, oldest submission
 * first. Eligibility is asked of the workflow validator itself, so the queue never offers
 * what the action would refuse. Someone who sees the queue but decides nothing (the admin)
 * gets every submitted article they may view, to read.
 */
export async function findReviewQueue(db: Database, user: SessionUser) {
  assertRoleCan(user, "review:queue");
  const decides = roleCan(user, "review:decide");
  const stages = await getReviewStages(db);
  const submitted = await db.article.findMany({
    where: {
      AND: [articleWhere(user, decides ? "review:decide" : "article:view"), { status: "SUBMITTED" }],
    },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      headline: true,
      charCount: true,
      reviewStage: true,
      submittedAt: true,
      authorId: true,
      author: { select: { displayName: true } },
      section: { select: { name: true } },
    },
  });
  const nextStage = (article: { reviewStage: number }) => stageName(article.reviewStage + 1, stages);
  if (!decides) return submitted.map((article) => ({ ...article, nextStage: nextStage(article) }));
  const queue = [];
  for (const article of submitted) {
    const approvers = await findRoundApprovers(db, article);
    const context = {
      status: "SUBMITTED",
      reviewStage: article.reviewStage,
      stages,
      authorId: article.authorId,
      actor: user,
      approverIds: [...approvers.values()],
      note: "-",
    };
    if (!allowsTransition("approve", context)) continue;
    queue.push({ ...article, nextStage: nextStage(article) });
  }
  return queue;
}
