import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { getReviewStages } from "@/lib/settings/review-stages";
import { allowsTransition } from "./check-transition";
import { findRoundApprovers } from "./find-round-approvers";
import { stageName } from "./states";
import { ARTICLE_PAGE_ACTIONS, type ArticlePageAction, TRANSITIONS } from "./transitions";

export interface AvailableTransition {
  action: ArticlePageAction;
  label: string;
  noteRequired: boolean;
}

/**
 * The workflow buttons this user gets on this article: exactly the transitions the validator
 * would accept now (a note aside), so a button is never offered that the action would refuse.
 * `article.status` is its status as of now (visibility.ts: articleStatusAt).
 */
export async function findAvailableTransitions(
  db: Database,
  user: SessionUser,
  article: {
    id: string;
    status: string;
    reviewStage: number;
    authorId: string | null;
    submittedAt: Date | null;
  },
): Promise<{ transitions: AvailableTransition[]; stages: number; nextStage: string | null }> {
  const stages = await getReviewStages(db);
  const approvers = await findRoundApprovers(db, article);
  const context = { ...article, stages, actor: user, approverIds: [...approvers.values()], note: "-" };
  const transitions: AvailableTransition[] = [];
  for (const action of ARTICLE_PAGE_ACTIONS.filter((candidate) => allowsTransition(candidate, context))) {
    const nextStage = stageName(article.reviewStage + 1, stages);
    const label =
      action === "approve" ? (stages === 1 ? "审核通过" : `${nextStage}通过`) : TRANSITIONS[action].label;
    transitions.push({ action, label, noteRequired: TRANSITIONS[action].noteRequired });
  }
  const nextStage = article.status === "SUBMITTED" ? stageName(article.reviewStage + 1, stages) : null;
  return { transitions, stages, nextStage };
}
