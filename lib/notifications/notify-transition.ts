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
  context: { stages: number; note: string },
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
    default:
      return undefined;
  }
}
