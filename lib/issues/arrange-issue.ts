import type { SessionUser } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { reindexArticles } from "@/lib/search/reindex";
import type { Clock } from "@/lib/time/clock";
import { applyArticleChanges, planArticleChange } from "@/lib/workflow/apply-article-change";
import { articleStatusAt, issueStatusAt } from "./visibility";

export type Arrangement =
  | { kind: "add"; articleId: string; sectionId: string | null }
  | { kind: "remove"; articleId: string }
  | { kind: "move"; articleId: string; direction: "up" | "down" }
  | { kind: "lead"; articleId: string }
  | { kind: "section"; articleId: string; sectionId: string | null };

type IssueRow = { id: string; number: number; status: IssueStatus; publishAt: Date | null };

const articleWithIssue = { include: { issue: { select: { status: true, publishAt: true } } } } as const;

async function articleIn(tx: Tx, issue: IssueRow, articleId: string) {
  const article = await tx.article.findUnique({ where: { id: articleId }, ...articleWithIssue });
  if (!article || article.issueId !== issue.id) throw new AppError("NOT_FOUND", "该稿件不在本期中。");
  return article;
}

/**
 * Files an approved or held article into the issue, at the end of its section. In an issue that
 * is scheduled or live it goes out with it: scheduled for the issue's moment, or published now.
 */
async function add(
  tx: Tx,
  user: SessionUser,
  issue: IssueRow,
  op: Extract<Arrangement, { kind: "add" }>,
  now: Date,
) {
  const article = await tx.article.findUnique({ where: { id: op.articleId }, ...articleWithIssue });
  if (!article || article.issueId || !["APPROVED", "HELD"].includes(article.status)) {
    throw new AppError("CONFLICT", "只有已通过或待用、且未编入其他期的稿件可以编入。");
  }
  const last = await tx.article.findFirst({
    where: { issueId: issue.id },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const placement = {
    issueId: issue.id,
    sectionId: op.sectionId ?? article.sectionId,
    position: (last?.position ?? -1) + 1,
  };
  const live = issue.status === "PUBLISHED" || issue.status === "SCHEDULED";
  const goesLiveAt = new Date(Math.max(now.getTime(), issue.publishAt?.getTime() ?? now.getTime()));
  const change = await planArticleChange(
    tx,
    user,
    article,
    live
      ? {
          action: goesLiveAt.getTime() <= now.getTime() ? "publish" : "schedule",
          timelineNote: `编入第${issue.number}期`,
          data: { ...placement, publishedAt: goesLiveAt },
        }
      : { action: null, timelineNote: `编入第${issue.number}期`, data: placement },
    now,
  );
  await applyArticleChanges(tx, [change], now, { issues: [issue.number] });
}

/** Takes an article out of the issue; one already published must be unpublished instead. */
async function remove(tx: Tx, user: SessionUser, issue: IssueRow, articleId: string, now: Date) {
  const article = await articleIn(tx, issue, articleId);
  const status = articleStatusAt(article, now);
  if (status === "PUBLISHED") throw new AppError("CONFLICT", "已发布的稿件不能移出，请使用“撤下”。");
  const change = await planArticleChange(
    tx,
    user,
    article,
    {
      action: status === "SCHEDULED" ? "unschedule" : null,
      timelineNote: `移出第${issue.number}期`,
      data: { issueId: null, isLead: false, position: 0, publishedAt: null },
    },
    now,
  );
  await applyArticleChanges(tx, [change], now, { issues: [issue.number] });
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
  if (op.kind === "add") return add(tx, user, issue, op, now);
  if (op.kind === "remove") return remove(tx, user, issue, op.articleId, now);
  if (op.kind === "move") await move(tx, issue, op.articleId, op.direction);
  else if (op.kind === "lead") {
    await articleIn(tx, issue, op.articleId);
    await tx.article.updateMany({ where: { issueId: issue.id }, data: { isLead: false } });
    await tx.article.update({ where: { id: op.articleId }, data: { isLead: true } });
  } else {
    await articleIn(tx, issue, op.articleId);
    await tx.article.update({ where: { id: op.articleId }, data: { sectionId: op.sectionId } });
    await reindexArticles(tx, [op.articleId]);
  }
  // A live issue's order, lead and sections are what readers see: they see the change at once.
  await invalidateReaderPages(tx, { issues: [issue.number], articles: [op.articleId] }, now);
}

/**
 * Arranges an issue: add from the pool, remove, reorder within a section, lead story, section.
 * Filing in and taking out are workflow changes of the article, made by the one writer, which
 * also refreshes what readers see; the rest only rearrange and refresh the issue's pages here.
 */
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
    // The issue's status as of now: one whose moment has passed is live.
    await apply(tx, user, { ...issue, status: issueStatusAt(issue, now) }, op, now);
  });
}
