import type { Database, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type ArticleChange, applyArticleChanges } from "@/lib/workflow/apply-article-change";

/** An issue with its articles, as planning an issue-wide change reads it. */
export async function loadIssueForChange(db: Database | Tx, number: number) {
  const issue = await db.issue.findUnique({
    where: { number },
    include: { articles: { orderBy: { position: "asc" } } },
  });
  if (!issue) throw new AppError("NOT_FOUND", "该期不存在。");
  const moment = { status: issue.status, publishAt: issue.publishAt };
  return { ...issue, articles: issue.articles.map((article) => ({ ...article, issue: moment })) };
}

type IssueAsRead = Awaited<ReturnType<typeof loadIssueForChange>>;

/** An issue-wide change planned against the issue as read: its new state and its articles' changes. */
export interface IssueChangePlan {
  issue: IssueAsRead;
  to: { status: string; publishAt?: Date | null };
  changes: ArticleChange[];
  now: Date;
}

/**
 * Applies an issue-wide change in one transaction, only if the issue is still as it was read:
 * the same state and moment, the same articles (one filed in or taken out meanwhile was not
 * planned for), and each changed article untouched (the one writer's guard). The issue is
 * written first, so the search index and reader pages that follow see its new moment.
 */
export async function commitIssueChange(db: Database, plan: IssueChangePlan): Promise<void> {
  const { issue } = plan;
  await db.$transaction(async (tx) => {
    const written = await tx.issue.updateMany({
      where: { id: issue.id, status: issue.status, publishAt: issue.publishAt },
      data: plan.to,
    });
    const placed = await tx.article.findMany({ where: { issueId: issue.id }, select: { id: true } });
    const planned = new Set(issue.articles.map((article) => article.id));
    if (written.count !== 1 || placed.length !== planned.size || placed.some(({ id }) => !planned.has(id)))
      throw new AppError("CONFLICT", "本期刚刚被他人改动过，请刷新页面后再试。");
    await applyArticleChanges(tx, plan.changes, plan.now, { issues: [issue.number] });
  });
}
