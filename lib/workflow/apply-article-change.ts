import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { insertRows } from "@/lib/import/bulk-insert-sql";
import { type ArticleMoment, articleStatusAt } from "@/lib/issues/visibility";
import { notifyTransition } from "@/lib/notifications/notify-transition";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { reindexArticles } from "@/lib/search/reindex";
import { getReviewStages } from "@/lib/settings/review-stages";
import { checkTransition, type TransitionOutcome } from "./check-transition";
import { findRoundApprovers } from "./find-round-approvers";
import type { WorkflowAction } from "./transitions";

/*
 * The one writer of article state. Every change of an article's status or review stage, and
 * every WorkflowEvent, goes through this module: a change is planned against the article as it
 * was read (validated by the transition table with the real context: the status as of now, the
 * configured stages, the standing approvals, the real actor), then applied in a transaction by a
 * write that only succeeds if the article is still exactly as read. The event, the notices, the
 * search index and the reader pages follow in the same transaction.
 *
 * Planning may read outside the write transaction (it takes no lock, and two people deciding at
 * once both read); the guarded write is what makes the second of them a clear CONFLICT.
 */

/** What the writer needs of an article as it was read. */
export interface ArticleAsRead extends ArticleMoment {
  id: string;
  /** The guard: the write applies only to this exact status, stage and version. */
  version: number;
  reviewStage: number;
  authorId: string | null;
  headline: string;
  submittedAt: Date | null;
}

/** Columns a change may write beside the workflow state: when it goes live, where it sits, its text. */
export type ArticleChangeData = Pick<
  Prisma.ArticleUncheckedUpdateManyInput,
  | "publishedAt"
  | "submittedAt"
  | "issueId"
  | "sectionId"
  | "position"
  | "isLead"
  | "headline"
  | "subtitle"
  | "body"
  | "plainText"
  | "charCount"
  | "lastSaveId"
>;

export interface ChangeRequest {
  /**
   * A transition of the table, or null for a recorded change that keeps the workflow state
   * (filing an approved article into an issue in planning, or taking it out).
   */
  action: WorkflowAction | null;
  /** The decision's note or reason, checked against the table (some transitions need one). */
  note?: string;
  /** What the timeline says, when it says more than the note (“随第3期发布”). */
  timelineNote?: string;
  data?: ArticleChangeData;
  /** What the person is told when the article changed since it was read. */
  conflictMessage?: string;
}

/** A change validated against the article as read, ready to apply. */
export interface ArticleChange {
  article: ArticleAsRead;
  action: WorkflowAction | null;
  actorId: string;
  /** The status as of the change (a scheduled article whose moment has passed is published). */
  from: ArticleStatus;
  outcome: TransitionOutcome | null;
  stages: number;
  /** Approvals of the current round standing before the change: stage → who. */
  approvers: Map<number, string>;
  note: string;
  timelineNote: string;
  data: ArticleChangeData;
  conflictMessage: string;
}

export const CHANGED_MEANWHILE = "稿件刚刚被他人处理过，请刷新页面后再试。";

/** Plans changes of several articles by one person at one moment (an issue's articles, say). */
export async function planArticleChanges(
  db: Database | Tx,
  user: SessionUser,
  requests: (ChangeRequest & { article: ArticleAsRead })[],
  now: Date,
): Promise<ArticleChange[]> {
  const stages = await getReviewStages(db);
  const changes: ArticleChange[] = [];
  for (const request of requests) {
    const { article, action, note: rawNote = "", timelineNote, data = {} } = request;
    const from = articleStatusAt(article, now);
    const note = rawNote.trim();
    const approvers = await findRoundApprovers(db, article);
    const outcome = action
      ? checkTransition(action, {
          status: from,
          reviewStage: article.reviewStage,
          stages,
          authorId: article.authorId,
          actor: user,
          approverIds: [...approvers.values()],
          note,
        })
      : null;
    changes.push({
      article,
      action,
      actorId: user.id,
      from,
      outcome,
      stages,
      approvers,
      note,
      timelineNote: timelineNote ?? note,
      data,
      conflictMessage: request.conflictMessage ?? CHANGED_MEANWHILE,
    });
  }
  return changes;
}

/** Plans one change; throws the table's reason when it is not allowed. */
export async function planArticleChange(
  db: Database | Tx,
  user: SessionUser,
  article: ArticleAsRead,
  request: ChangeRequest,
  now: Date,
): Promise<ArticleChange> {
  const [change] = await planArticleChanges(db, user, [{ ...request, article }], now);
  return change;
}

/**
 * Writes to the article only if it is still at the status, stage and version it was read at,
 * bumping the version; otherwise nothing is written and the caller's transaction is refused
 * with a CONFLICT. Saves of text use it too: every writer of an article passes this guard.
 */
export async function guardArticleWrite(
  tx: Tx,
  article: Pick<ArticleAsRead, "id" | "status" | "reviewStage" | "version">,
  data: ArticleChangeData & { status?: ArticleStatus; reviewStage?: number },
  conflictMessage = CHANGED_MEANWHILE,
): Promise<void> {
  const written = await tx.article.updateMany({
    where: {
      id: article.id,
      status: article.status,
      reviewStage: article.reviewStage,
      version: article.version,
    },
    data: { ...data, version: { increment: 1 } },
  });
  if (written.count !== 1) throw new AppError("CONFLICT", conflictMessage);
}

/** The one place WorkflowEvent rows are put together. */
function eventData(event: {
  articleId: string;
  actorId: string | null;
  /** Null for the event that creates the article. */
  from: ArticleStatus | null;
  to: ArticleStatus;
  stage?: number | null;
  note: string;
  at: Date;
}): Prisma.WorkflowEventCreateManyInput {
  return {
    articleId: event.articleId,
    actorId: event.actorId,
    fromStatus: event.from,
    toStatus: event.to,
    stage: event.stage ?? null,
    note: event.note,
    createdAt: event.at,
  };
}

/** Whether readers can tell: the article is, was or will be public, or its published text changed. */
function reachesReaders(change: ArticleChange): boolean {
  const to = change.outcome?.to ?? change.from;
  return [change.from, to].some((status) => ["SCHEDULED", "PUBLISHED"].includes(status));
}

/**
 * Applies planned changes in the caller's transaction: the guarded writes, one event each, the
 * notices, then the search index and the reader pages of whatever readers can tell changed (at
 * once, and again at each moment a scheduled article goes live). `readers.issues` names issues
 * whose pages change with them (their lists and order).
 */
export async function applyArticleChanges(
  tx: Tx,
  changes: ArticleChange[],
  now: Date,
  readers: { issues?: number[] } = {},
): Promise<void> {
  for (const change of changes) {
    const { outcome } = change;
    await guardArticleWrite(
      tx,
      change.article,
      { ...change.data, ...(outcome ? { status: outcome.to, reviewStage: outcome.reviewStage } : {}) },
      change.conflictMessage,
    );
  }
  await tx.workflowEvent.createMany({
    data: changes.map((change) =>
      eventData({
        articleId: change.article.id,
        actorId: change.actorId,
        from: change.from,
        to: change.outcome?.to ?? change.from,
        stage: change.outcome?.approvedStage,
        note: change.timelineNote,
        at: now,
      }),
    ),
  });
  for (const change of changes) {
    if (!change.action || !change.outcome) continue;
    const standing = [...change.approvers]
      .filter(([stage]) => stage <= change.outcome!.reviewStage)
      .map(([, id]) => id);
    await notifyTransition(tx, change.action, change.article, change.outcome, {
      stages: change.stages,
      note: change.note,
      actorId: change.actorId,
      standingApproverIds: standing,
    });
  }
  const seen = changes.filter(reachesReaders);
  if (seen.length === 0 && !readers.issues?.length) return;
  const articleIds = seen.map((change) => change.article.id);
  await reindexArticles(tx, articleIds);
  const goingLive = seen
    .map((change) => change.data.publishedAt)
    .filter((moment): moment is Date => moment instanceof Date && moment.getTime() > now.getTime());
  const moments = [now, ...new Set(goingLive.map((moment) => moment.getTime()))].map((t) => new Date(t));
  await invalidateReaderPages(tx, { articles: articleIds, issues: readers.issues }, now, moments);
}

export function applyArticleChange(tx: Tx, change: ArticleChange, now: Date): Promise<void> {
  return applyArticleChanges(tx, [change], now);
}

/** Records that an article came into being as a draft: new, copied from a rejected one, or from Word. */
export async function recordArticleCreated(
  tx: Tx,
  created: { articleId: string; actorId: string; note: string },
  now: Date,
): Promise<void> {
  await tx.workflowEvent.createMany({
    data: [eventData({ ...created, from: null, to: "DRAFT", at: now })],
  });
}

/**
 * Records that archive articles came in published, in bulk: an archive holds thousands, and the
 * import writes them with plain SQL (see bulk-insert-sql.ts) inside its one transaction.
 */
export async function recordArchiveImported(tx: Tx, articleIds: string[], now: Date): Promise<void> {
  await insertRows(
    tx,
    "WorkflowEvent",
    articleIds.map((articleId) => ({
      id: randomUUID(),
      ...eventData({ articleId, actorId: null, from: null, to: "PUBLISHED", note: "存档导入", at: now }),
    })),
  );
}
