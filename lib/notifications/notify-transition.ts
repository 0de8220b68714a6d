import type { Tx } from "@/lib/db";
import { stageName } from "@/lib/workflow/states";
import type { TransitionOutcome } from "@/lib/workflow/check-transition";
import type { WorkflowAction } from "@/lib/workflow/transitions";
import { findEditorialIds, notify } from "./notify";

interface Subject {
  id: string;
  headline: string;
  authorId: string | null;
}

/**
 * Tells the people who need to know about a transition: editors about a new submission or a
 * stage that now waits for them, the author about every decision on their article.
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
  const toAuthor = (message: string) =>
    article.authorId ? notify(tx, [article.authorId], article.id, message) : undefined;
  const reason = context.note.trim() ? `：${context.note.trim()}` : "";
  switch (action) {
    case "submit":
      return notify(
        tx,
        await findEditorialIds(tx, { except: article.authorId }),
        article.id,
        `${title}已提交，等待审稿`,
      );
    case "approve": {
      const stage = outcome.approvedStage!;
      if (outcome.to === "APPROVED") return toAuthor(`${title}审核通过`);
      await toAuthor(`${title}通过${stageName(stage, context.stages)}`);
      const next = stage + 1;
      const chiefOnly = next === context.stages;
      return notify(
        tx,
        await findEditorialIds(tx, { chiefOnly, except: article.authorId }),
        article.id,
        `${title}等待${stageName(next, context.stages)}`,
      );
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
      const stage = outcome.reviewStage + 1;
      const name = stageName(stage, context.stages);
      const chiefOnly = context.stages > 1 && stage === context.stages;
      const skip = new Set([article.authorId, context.actorId, ...context.standingApproverIds]);
      const reviewers = (await findEditorialIds(tx, { chiefOnly })).filter((id) => !skip.has(id));
      return notify(tx, reviewers, article.id, `${title}在${name}通过后被修改，退回${name}重新审核`);
    }
    default:
      return undefined;
  }
}
