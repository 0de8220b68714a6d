import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadArticleFor } from "@/lib/articles/load-article-for";
import { recordRevision } from "@/lib/articles/record-revision";
import { AppError } from "@/lib/errors/app-error";
import { promoteDueArticles } from "@/lib/issues/promote-due-articles";
import { notifyTransition } from "@/lib/notifications/notify-transition";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { reindexArticles } from "@/lib/search/reindex";
import { getReviewStages } from "@/lib/settings/review-stages";
import type { Clock } from "@/lib/time/clock";
import { checkTransition } from "./check-transition";
import { findRoundApprovers } from "./find-round-approvers";
import { stageName } from "./states";
import { TRANSITIONS, type WorkflowAction } from "./transitions";

/** Transitions that change what readers see: their pages are invalidated in the same transaction. */
const PUBLIC_ACTIONS = new Set<WorkflowAction>(["publish", "unpublish", "republish"]);

export interface TransitionInput {
  articleId: string;
  action: WorkflowAction;
  note: string;
}

/** A submission is copy for an editor to review: one without a headline or text is refused. */
function assertHasCopy(article: { headline: string; plainText: string }): void {
  if (!article.headline.trim()) throw new AppError("BAD_INPUT", "请先填写标题，再提交审稿。");
  if (!article.plainText.trim()) throw new AppError("BAD_INPUT", "正文还是空的，请写好稿件再提交审稿。");
}

/**
 * Moves an article through the workflow. State is read and re-checked inside the same
 * transaction as the change, and the update only applies to the exact state that was
 * checked: two editors approving at once produce one approval and one clear refusal.
 */
export async function transitionArticle(
  db: Database,
  user: SessionUser,
  input: TransitionInput,
  clock: Clock,
) {
  const result = await db.$transaction(async (tx) => {
    await promoteDueArticles(tx, clock());
    const article = await loadArticleFor(tx, user, input.articleId, "article:view");
    const stages = await getReviewStages(tx);
    const approvers = await findRoundApprovers(tx, article);
    const note = input.note.trim();
    if (input.action === "submit") assertHasCopy(article);
    const outcome = checkTransition(input.action, {
      status: article.status,
      reviewStage: article.reviewStage,
      stages,
      authorId: article.authorId,
      actor: user,
      approverIds: [...approvers.values()],
      note,
    });
    const now = clock();
    const changed = await tx.article.updateMany({
      where: {
        id: article.id,
        status: article.status,
        reviewStage: article.reviewStage,
        version: article.version,
      },
      data: {
        status: outcome.to,
        reviewStage: outcome.reviewStage,
        version: { increment: 1 },
        ...(input.action === "submit" ? { submittedAt: now } : {}),
      },
    });
    if (changed.count !== 1) throw new AppError("CONFLICT", "稿件刚刚被他人处理过，请刷新页面后再试。");

    const label = outcome.approvedStage
      ? `${stageName(outcome.approvedStage, stages)}通过`
      : TRANSITIONS[input.action].label;
    await tx.workflowEvent.create({
      data: {
        articleId: article.id,
        actorId: user.id,
        fromStatus: article.status,
        toStatus: outcome.to,
        stage: outcome.approvedStage ?? null,
        note,
        createdAt: now,
      },
    });
    const { headline, subtitle, charCount } = article;
    // Article.body is never null: it is only ever written a document.
    const body = article.body as Prisma.InputJsonValue;
    await recordRevision(
      tx,
      { articleId: article.id, authorId: user.id, headline, subtitle, body, charCount, note: label },
      clock,
    );
    await notifyTransition(tx, input.action, article, outcome, { stages, note });
    if (PUBLIC_ACTIONS.has(input.action)) {
      await reindexArticles(tx, [article.id]);
      await invalidateReaderPages(tx, { articles: [article.id] }, now);
    }
    return { status: outcome.to, reviewStage: outcome.reviewStage };
  });
  return result;
}
