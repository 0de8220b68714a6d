import type { Tx } from "@/lib/db";
import { stageName } from "@/lib/workflow/states";
import type { TransitionOutcome } from "@/lib/workflow/check-transition";
import type { WorkflowAction } from "@/lib/workflow/transitions";
import { findRoundApprovers } from "@/lib/workflow/find-round-approvers";
import { findEligibleReviewers, notify } from "./notify";

interface Subject {
  id: string;
  headline: string;
  authorId: string | null;
  submittedAt: Date | null;
}

/**
 * Tells the people who need to know about a transition: the reviewers who may decide a new
 * submission or a stage that now waits for them (not every editor), the author about every
 * decision on their article. Notices someone else has since acted on clear themselves
 * (handled-notifications.ts).
 */
export async function notifyTransition(
  tx: Tx,
  action: WorkflowAction,
  article: Subject,
  outcome: TransitionOutcome,
  context: {
    stages: number;
    note: string;
    /** Who took the decision: not told about it. */
    actorId: string;
    /** Approvals of this round still standing after the transition. */
    standingApproverIds: string[];
  },
): Promise<void> {
  const title = `《${article.headline || "无标题"}》`;
  // Dated with the event just written for this transition, on the workflow's clock, so that
  // "has anything happened since?" (handled-notifications.ts) compares times from one clock.
  const event = await tx.workflowEvent.findFirst({
    where: { articleId: article.id },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const at = event?.createdAt;
  const tell = (userIds: string[], message: string) => notify(tx, userIds, article.id, message, at);
  const toAuthor = (message: string) => (article.authorId ? tell([article.authorId], message) : undefined);
  const reason = context.note.trim() ? `：${context.note.trim()}` : "";
  switch (action) {
    case "submit":
      return tell(
        await findEligibleReviewers(tx, article, { reviewStage: 0, stages: context.stages, approverIds: [] }),
        `${title}已提交，等待审稿`,
      );
    case "approve": {
      const stage = outcome.approvedStage!;
      if (outcome.to === "APPROVED") return toAuthor(`${title}审核通过`);
      await toAuthor(`${title}通过${stageName(stage, context.stages)}`);
      // The approval just recorded is among the round's approvers: its reviewer is not asked again.
      const approvers = await findRoundApprovers(tx, { ...article, reviewStage: stage });
      const reviewers = await findEligibleReviewers(tx, article, {
        reviewStage: stage,
        stages: context.stages,
        approverIds: [...approvers.values()],
      });
      return tell(reviewers, `${title}等待${stageName(stage + 1, context.stages)}`);
    }
    case "requestChanges":
      return toAuthor(`${title}被退回修改${reason}`);
    case "hold":
      return toAuthor(`${title}已通过，列为待用稿`);
    case "reject":
      return toAuthor(`${title}被退稿${reason}`);
    case "reopen": {
      // The stage is open again: whoever may decide it is told, the reviewer whose approval no
      // longer stands among them (unless they made the edit themselves).
      const name = stageName(outcome.reviewStage + 1, context.stages);
      const reviewers = await findEligibleReviewers(tx, article, {
        reviewStage: outcome.reviewStage,
        stages: context.stages,
        approverIds: context.standingApproverIds,
      });
      return tell(
        reviewers.filter((id) => id !== context.actorId),
        `${title}在${name}通过后被修改，退回${name}重新审核`,
      );
    }
    default:
      return undefined;
  }
}
