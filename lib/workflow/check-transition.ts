import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { can, isArticleAction, roleCan } from "@/lib/permissions/policy";
import type { ArticleState } from "./states";
import { stageName } from "./states";
import { TRANSITIONS, type Transition, type WorkflowAction } from "./transitions";

export interface TransitionContext {
  status: string;
  /** Stages approved so far in this review round. */
  reviewStage: number;
  /** Stages configured (1–3). */
  stages: number;
  authorId: string | null;
  actor: { id: string; role: Role };
  /** Who approved the stages of this round so far. */
  approverIds: readonly string[];
  note: string;
}

export interface TransitionOutcome {
  to: ArticleState;
  /** The stage count after the transition. */
  reviewStage: number;
  /** For approvals: the stage just approved (1-based). */
  approvedStage?: number;
}

const refuse = (message: string): never => {
  throw new AppError("FORBIDDEN", message);
};

/** Whether the access policy grants the actor the transition's permission on this article. */
function permitted(transition: Transition, ctx: TransitionContext): boolean {
  const { permission } = transition;
  return isArticleAction(permission) ? can(ctx.actor, permission, ctx) : roleCan(ctx.actor, permission);
}

/** Refuses a reviewer who may not decide the article's current stage, saying why. */
function checkReviewer(ctx: TransitionContext, finalOnly: boolean): void {
  const next = ctx.reviewStage + 1;
  if (ctx.authorId === ctx.actor.id) refuse("不能审核自己的稿件。");
  if (ctx.approverIds.includes(ctx.actor.id)) refuse("同一人不能审核同一稿件的两个审级。");
  if (finalOnly && next !== ctx.stages) refuse(`还需先完成${stageName(next, ctx.stages)}，才能作此决定。`);
  if (ctx.stages > 1 && next === ctx.stages && !roleCan(ctx.actor, "review:final"))
    refuse("终审须由主编完成。");
}

/**
 * The one validator of the workflow: returns where the article goes, or throws an AppError
 * that says why the transition is not allowed. Pure: no database, no clock.
 */
export function checkTransition(action: WorkflowAction, ctx: TransitionContext): TransitionOutcome {
  const transition = TRANSITIONS[action];
  if (!(transition.from as readonly string[]).includes(ctx.status)) {
    throw new AppError("CONFLICT", `稿件当前状态不能执行“${transition.label}”。`);
  }
  if (transition.noteRequired && ctx.note.trim() === "") {
    throw new AppError(
      "BAD_INPUT",
      action === "approve" ? "请填写审稿意见。" : `请填写“${transition.label}”的理由。`,
    );
  }
  const reviewing = transition.by === "reviewer" && ctx.status === "SUBMITTED";
  if (!permitted(transition, ctx)) {
    if (transition.by === "author") refuse("只有作者本人可以执行此操作。");
    refuse(reviewing ? "只有编辑或主编可以审稿。" : "只有编辑或主编可以执行此操作。");
  }
  // Holding a submitted article is a final decision in substance, so it needs the final stage.
  if (reviewing) checkReviewer(ctx, action === "hold");

  if (action === "approve") {
    const approvedStage = ctx.reviewStage + 1;
    return {
      to: approvedStage === ctx.stages ? "APPROVED" : "SUBMITTED",
      reviewStage: approvedStage,
      approvedStage,
    };
  }
  if (action === "submit" || action === "withdraw" || action === "requestChanges")
    return { to: transition.to, reviewStage: 0 };
  if (action === "reopen") {
    if (ctx.reviewStage === 0) throw new AppError("CONFLICT", "稿件还没有通过任何审级，无需退回。");
    return { to: transition.to, reviewStage: ctx.reviewStage - 1 };
  }
  return { to: transition.to, reviewStage: ctx.reviewStage };
}

/** Whether the validator would accept the transition (for offering buttons and queues). */
export function allowsTransition(action: WorkflowAction, ctx: TransitionContext): boolean {
  try {
    checkTransition(action, ctx);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}
