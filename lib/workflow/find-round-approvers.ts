import type { Tx } from "@/lib/db";

/**
 * Who approved each stage of the article's current review round (stage → user id). Only
 * approvals still standing count: those after the last submission, up to the current stage.
 */
export async function findRoundApprovers(
  tx: Tx,
  article: { id: string; submittedAt: Date | null; reviewStage: number },
): Promise<Map<number, string>> {
  const approvals = await tx.workflowEvent.findMany({
    where: {
      articleId: article.id,
      stage: { not: null, lte: article.reviewStage },
      createdAt: { gte: article.submittedAt ?? new Date(0) },
      actorId: { not: null },
      toStatus: { in: ["SUBMITTED", "APPROVED", "HELD"] },
    },
    orderBy: { createdAt: "asc" },
    select: { stage: true, actorId: true },
  });
  const byStage = new Map<number, string>();
  for (const approval of approvals) byStage.set(approval.stage!, approval.actorId!);
  return byStage;
}
