import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { recordRevision } from "@/lib/articles/record-revision";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Clock } from "@/lib/time/clock";
import { type ArticleChange, applyArticleChange, planArticleChange } from "./apply-article-change";
import { loadArticleForChange } from "./load-article-for-change";
import { stageName } from "./states";
import { ARTICLE_PAGE_ACTIONS, type ArticlePageAction, TRANSITIONS } from "./transitions";

export interface TransitionInput {
  articleId: string;
  action: ArticlePageAction;
  note: string;
}

/** A decision validated against the article as read, with the text it was taken on. */
export interface PreparedTransition {
  change: ArticleChange;
  text: { headline: string; subtitle: string; body: Prisma.InputJsonValue; charCount: number };
  now: Date;
}

/** A submission is copy for an editor to review: one without a headline or text is refused. */
function assertHasCopy(article: { headline: string; plainText: string }): void {
  if (!article.headline.trim()) throw new AppError("BAD_INPUT", "请先填写标题，再提交审稿。");
  if (!article.plainText.trim()) throw new AppError("BAD_INPUT", "正文还是空的，请写好稿件再提交审稿。");
}

/**
 * Reads the article and validates the decision (no lock is taken: reading never waits for a
 * writer). Only the article page's decisions: an issue's own transitions go with the issue.
 */
export async function prepareTransition(
  db: Database,
  user: SessionUser,
  input: TransitionInput,
  now: Date,
): Promise<PreparedTransition> {
  if (!(ARTICLE_PAGE_ACTIONS as readonly string[]).includes(input.action))
    throw new AppError("BAD_INPUT", "稿件页不能执行此操作。");
  const article = await loadArticleForChange(db, user, input.articleId, "article:view");
  if (input.action === "submit") assertHasCopy(article);
  const change = await planArticleChange(
    db,
    user,
    article,
    { action: input.action, note: input.note, data: input.action === "submit" ? { submittedAt: now } : {} },
    now,
  );
  const { headline, subtitle, charCount } = article;
  // Article.body is never null: it is only ever written a document.
  const body = article.body as Prisma.InputJsonValue;
  return { change, text: { headline, subtitle, body, charCount }, now };
}

/**
 * Applies a prepared decision: only if the article is still exactly as it was read, so two
 * editors approving at once produce one approval and one clear refusal. The revision named
 * after the decision keeps the text it was taken on.
 */
export async function commitTransition(db: Database, prepared: PreparedTransition, clock: Clock) {
  const { change, text, now } = prepared;
  const outcome = change.outcome!;
  await db.$transaction(async (tx) => {
    await applyArticleChange(tx, change, now);
    const label = outcome.approvedStage
      ? `${stageName(outcome.approvedStage, change.stages)}通过`
      : TRANSITIONS[change.action!].label;
    await recordRevision(
      tx,
      { articleId: change.article.id, authorId: change.actorId, ...text, note: label },
      clock,
    );
  });
  return { status: outcome.to, reviewStage: outcome.reviewStage };
}

/** Moves an article through the workflow: one decision taken on the article page. */
export async function transitionArticle(
  db: Database,
  user: SessionUser,
  input: TransitionInput,
  clock: Clock,
) {
  return commitTransition(db, await prepareTransition(db, user, input, clock()), clock);
}
