import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { ARTICLE_MOMENT_SELECT, articleStatusAt } from "@/lib/issues/visibility";
import { can } from "@/lib/permissions/policy";
import { findSubmissionDiff } from "@/lib/review/find-submission-diff";
import type { Clock } from "@/lib/time/clock";
import { findAvailableTransitions } from "@/lib/workflow/available-transitions";
import { stageName } from "@/lib/workflow/states";
import { buildTimeline } from "./build-timeline";
import { findStageToReopen } from "./reopen-approved-stage";

/**
 * An article as the newsroom sees it, or null when the user may not see it at all (the page
 * answers 404). Says which actions the user may take, so the page offers only those. Its status
 * is the one as of now: a scheduled article whose moment has passed is published.
 */
export async function findArticleForEditing(db: Database, user: SessionUser, id: string, clock: Clock) {
  const stored = await db.article.findUnique({
    where: { id },
    include: {
      author: { select: { displayName: true } },
      section: { select: { id: true, name: true } },
      issue: ARTICLE_MOMENT_SELECT.issue,
      revisions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          note: true,
          charCount: true,
          createdAt: true,
          author: { select: { displayName: true } },
        },
      },
      events: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          stage: true,
          note: true,
          createdAt: true,
          actor: { select: { displayName: true } },
        },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          anchorText: true,
          anchorId: true,
          parentId: true,
          resolvedAt: true,
          createdAt: true,
          author: { select: { displayName: true } },
        },
      },
    },
  });
  if (!stored) return null;
  const article = { ...stored, status: articleStatusAt(stored, clock()) };
  if (!can(user, "article:view", article)) return null;
  const mayEdit = can(user, "article:edit", article);
  const [sections, workflow, submissionDiff, stageToReopen] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    findAvailableTransitions(db, user, article),
    article.status === "SUBMITTED" ? findSubmissionDiff(db, article.id) : null,
    mayEdit ? findStageToReopen(db, article) : null,
  ]);
  return {
    article,
    sections,
    workflow,
    submissionDiff,
    timeline: buildTimeline(article.events, article.comments, workflow.stages),
    /** The review stage an edit now would send the article back to (the editor warns first). */
    reopensOnEdit: stageToReopen === null ? null : stageName(stageToReopen, workflow.stages),
    may: {
      comment: can(user, "article:comment", article),
      correct: can(user, "article:correct", article),
      copyRejected: can(user, "article:copy", article),
      edit: mayEdit,
      restore: can(user, "article:restore", article),
      history: can(user, "article:history", article),
      proofread: can(user, "article:proofread", article),
    },
  };
}
