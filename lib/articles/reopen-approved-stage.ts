import type { SessionUser } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db";
import {
  type ArticleAsRead,
  type ArticleChangeData,
  applyArticleChange,
  guardArticleWrite,
  planArticleChange,
} from "@/lib/workflow/apply-article-change";
import { stageName } from "@/lib/workflow/states";

/** A review stage whose approval an edit withdrew: the editor is told, so the person can be warned. */
export interface ReopenedStage {
  /** 1-based: the stage that now waits for a decision again. */
  stage: number;
  /** 初审, 复审, 终审 (or 审稿 with one stage). */
  name: string;
}

/**
 * The stage an edit now would reopen: the last one approved, unless the text has already been
 * edited since that approval (that edit reopened it; the next approval closes it again). So
 * autosaves every few seconds take an article back one stage, not all the way.
 */
export async function findStageToReopen(
  tx: Tx,
  article: { id: string; status: string; reviewStage: number; submittedAt: Date | null },
): Promise<number | null> {
  if (article.status !== "SUBMITTED" || article.reviewStage === 0) return null;
  // In review, SUBMITTED → SUBMITTED events are the approvals of the stages before the last
  // (with their stage) and the reopenings (without).
  const latest = await tx.workflowEvent.findFirst({
    where: {
      articleId: article.id,
      fromStatus: "SUBMITTED",
      toStatus: "SUBMITTED",
      createdAt: { gte: article.submittedAt ?? new Date(0) },
    },
    orderBy: { createdAt: "desc" },
    select: { stage: true },
  });
  return latest?.stage === article.reviewStage ? article.reviewStage : null;
}

/**
 * Writes new text to an article as read (its version the one the editor started from) through
 * the one writer's guard. Text changed after a review stage approved it no longer carries that
 * approval: the stage is reopened through the workflow (an event on the timeline, the reviewers
 * who may decide it told), and the caller learns which stage.
 */
export async function writeArticleText(
  tx: Tx,
  user: SessionUser,
  article: ArticleAsRead,
  data: ArticleChangeData,
  now: Date,
  conflictMessage: string,
): Promise<ReopenedStage | null> {
  const stage = await findStageToReopen(tx, article);
  if (stage === null) {
    await guardArticleWrite(tx, article, data, conflictMessage);
    return null;
  }
  const change = await planArticleChange(tx, user, article, { action: "reopen", data, conflictMessage }, now);
  const name = stageName(stage, change.stages);
  await applyArticleChange(
    tx,
    { ...change, timelineNote: `${name}通过后内容被修改，退回${name}重新审核` },
    now,
  );
  return { stage, name };
}
