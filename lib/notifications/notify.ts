import type { Role } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db";
import { rolesWith } from "@/lib/permissions/policy";
import { allowsTransition } from "@/lib/workflow/check-transition";

/** Leaves an in-app notice about an article for each of the given people, dated `at` or now. */
export async function notify(
  tx: Tx,
  userIds: string[],
  articleId: string,
  message: string,
  at?: Date,
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({
    data: unique.map((userId) => ({ userId, articleId, message, createdAt: at })),
  });
}

/**
 * Who may decide the next review stage of a submitted article: the active staff the workflow
 * validator would let approve it (not its author, nobody who approved an earlier stage of this
 * round, the chief editor for the final stage of several). Only they are asked to act.
 */
export async function findEligibleReviewers(
  tx: Tx,
  article: { authorId: string | null },
  round: { reviewStage: number; stages: number; approverIds: readonly string[] },
): Promise<string[]> {
  const staff = await tx.user.findMany({
    where: { active: true, role: { in: rolesWith("review:decide") } },
    select: { id: true, role: true },
  });
  return staff
    .filter((user) =>
      allowsTransition("approve", {
        status: "SUBMITTED",
        reviewStage: round.reviewStage,
        stages: round.stages,
        authorId: article.authorId,
        actor: { id: user.id, role: user.role as Role },
        approverIds: round.approverIds,
        note: "",
      }),
    )
    .map((user) => user.id);
}
