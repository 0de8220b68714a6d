import type { SessionUser } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { reindexArticles } from "@/lib/search/reindex";
import type { Clock } from "@/lib/time/clock";
import { checkTransition } from "@/lib/workflow/check-transition";

export type Arrangement =
  | { kind: "add"; articleId: string; sectionId: string | null }
  | { kind: "remove"; articleId: string }
  | { kind: "move"; articleId: string; direction: "up" | "down" }
  | { kind: "lead"; articleId: string }
  | { kind: "section"; articleId: string; sectionId: string | null };

type IssueRow = { id: string; number: number; status: string; publishAt: Date | null };

async function articleIn(tx: Tx, issue: IssueRow, articleId: string) {
  const article = await tx.article.findUnique({ where: { id: articleId } });
  if (!article || article.issueId !== issue.id) throw new AppError("NOT_FOUND", "该稿件不在本期中。");
  return article;
}

async function add(
  tx: Tx,
  user: SessionUser,
  issue: IssueRow,
  op: Extract<Arrangement, { kind: "add" }>,
  now: Date,
) {
  const article = await tx.article.findUnique({ where: { id: op.articleId } });
  if (!article || article.issueId || !["APPROVED", "HELD"].includes(article.status)) {
    throw new AppError("CONFLICT", "只有已通过或待用、且未编入其他期的稿件可以编入。");
  }
  const last = await tx.article.findFirst({
    where: { issueId: issue.id },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  // An article added to an issue that is already scheduled or live goes live on its own time.
  const live = issue.status === "PUBLISHED" || issue.status === "SCHEDULED";
  const goesLiveAt = live
    ? new Date(Math.max(now.getTime(), issue.publishAt?.getTime() ?? now.getTime()))
    : null;
  if (live) checkTransition("schedule", { ...article, stages: 1, actor: user, approverIds: [], note: "" });
  await tx.article.update({
    where: { id: article.id },
    data: {
      issueId: issue.id,
      sectionId: op.sectionId ?? article.sectionId,
      position: (last?.position ?? -1) + 1,
      ...(live ? { status: "SCHEDULED", publishedAt: goesLiveAt, version: { increment: 1 } } : {}),
    },
  });
  await tx.workflowEvent.create({
    data: {
      articleId: article.id,
      actorId: user.id,
      fromStatus: article.status,
      toStatus: live ? "SCHEDULED" : article.status,
      note: `编入第${issue.number}期`,
      createdAt: now,
    },
  });
}

async function remove(tx: Tx, user: SessionUser, issue: IssueRow, articleId: string, now: Date) {
  const article = await articleIn(tx, issue, articleId);
  if (
    article.status === "PUBLISHED" ||
    (article.publishedAt && article.publishedAt <= now && article.status === "SCHEDULED")
  ) {
    throw new AppError("CONFLICT", "已发布的稿件不能移出，请使用“撤下”。");
  }
  const status = article.status === "SCHEDULED" ? "APPROVED" : article.status;
  await tx.article.update({
    where: { id: article.id },
    data: { issueId: null, isLead: false, position: 0, status, publishedAt: null, version: { increment: 1 } },
  });
  await tx.workflowEvent.create({
    data: {
      articleId,
      actorId: user.id,
      fromStatus: article.status,
      toStatus: status,
      note: `移出第${issue.number}期`,
      createdAt: now,
    },
  });
}

async function move(tx: Tx, issue: IssueRow, articleId: string, direction: "up" | "down") {
  const article = await articleIn(tx, issue, articleId);
  const neighbour = await tx.article.findFirst({
    where: {
      issueId: issue.id,
      sectionId: article.sectionId,
      position: direction === "up" ? { lt: article.position } : { gt: article.position },
    },
    orderBy: { position: direction === "up" ? "desc" : "asc" },
  });
  if (!neighbour) return;
  await tx.article.update({ where: { id: article.id }, data: { position: neighbour.position } });
  await tx.article.update({ where: { id: neighbour.id }, data: { position: article.position } });
}

async function apply(tx: Tx, user: SessionUser, issue: IssueRow, op: Arrangement, now: Date) {
  if (op.kind === "add") await add(tx, user, issue, op, now);
  if (op.kind === "remove") await remove(tx, user, issue, op.articleId, now);
  if (op.kind === "add" || op.kind === "remove") return reindexArticles(tx, [op.articleId]);
  if (op.kind === "move") return move(tx, issue, op.articleId, op.direction);
  await articleIn(tx, issue, op.articleId);
  if (op.kind === "lead") {
    await tx.article.updateMany({ where: { issueId: issue.id }, data: { isLead: false } });
    await tx.article.update({ where: { id: op.articleId }, data: { isLead: true } });
  } else {
    await tx.article.update({ where: { id: op.articleId }, data: { sectionId: op.sectionId } });
    await reindexArticles(tx, [op.articleId]);
  }
}

/** Arranges an issue: add from the pool, remove, reorder within a section, lead story, section. */
export async function arrangeIssue(
  db: Database,
  user: SessionUser,
  number: number,
  op: Arrangement,
  clock: Clock,
): Promise<void> {
  assertRoleCan(user, "issue:manage");
  await db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({
      where: { number },
      select: { id: true, number: true, status: true, publishAt: true },
    });
    if (!issue) throw new AppError("NOT_FOUND", "该期不存在。");
    const now = clock();
    await apply(tx, user, issue, op, now);
    // A live issue's order, lead and sections are what readers see: they see the change at once.
    // The article is named too, so one just taken out of the issue loses its page as well.
    await invalidateReaderPages(tx, { issues: [issue.number], articles: [op.articleId] }, now);
  });
}
