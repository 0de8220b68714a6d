import type { SessionUser } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db";
import { getReviewStages } from "@/lib/settings/review-stages";
import type { Clock } from "@/lib/time/clock";
import { stageName } from "@/lib/workflow/states";

/**
 * Text changed after a review stage approved it no longer carries that approval: the stage
 * is reopened (the article goes back to it) and the timeline says why. Returns the new stage
 * count, or null when nothing had been approved yet.
 */
export async function reopenApprovedStage(
  tx: Tx,
  article: { id: string; status: string; reviewStage: number },
  user: SessionUser,
  clock: Clock,
): Promise<number | null> {
  if (article.status !== "SUBMITTED" || article.reviewStage === 0) return null;
  const stages = await getReviewStages(tx);
  const stage = stageName(article.reviewStage, stages);
  await tx.workflowEvent.create({
    data: {
      articleId: article.id,
      actorId: user.id,
      fromStatus: "SUBMITTED",
      toStatus: "SUBMITTED",
      note: `${stage}通过后内容被修改，退回${stage}重新审核`,
      createdAt: clock(),
    },
  });
  return article.reviewStage - 1;
}
