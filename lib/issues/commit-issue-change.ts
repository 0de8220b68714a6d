import type { Database, Tx } from "@/lib/db";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { type ArticleChange, applyArticleChanges } from "@/lib/workflow/apply-article-change";

export const ISSUE_CHANGED_MEANWHILE = "本期刚刚被他人改动过，请刷新页面后再试。";

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
  to: { status: IssueStatus; publishAt?: Date | null };
  changes: ArticleChange[];
  now: Date;
}

/**
 * Applies an issue-wide change in one transaction, only if the issue's articles are still as
 * they were read: the same ones (one filed in or taken out meanwhile was not planned for), those
 * the plan leaves alone untouched (one republished meanwhile would be left behind), and those it
 * changes untouched too, which the one writer's guard checks as it writes them. The issue is
 * written first, so the search index and reader pages that follow see its new moment.
 */
export async function commitIssueChange(db: Database, plan: IssueChangePlan): Promise<void> {
  const { issue } = plan;
  const planned = new Set(plan.changes.map((change) => change.article.id));
  const asRead = new Map(issue.articles.map((article) => [article.id, article.version]));
  await db.$transaction(async (tx) => {
    const placed = await tx.article.findMany({
      where: { issueId: issue.id },
      select: { id: true, version: true },
    });
    const unchanged =
      placed.length === asRead.size &&
      placed.every(({ id, version }) => asRead.has(id) && (planned.has(id) || asRead.get(id) === version));
    if (!unchanged) throw new AppError("CONFLICT", ISSUE_CHANGED_MEANWHILE);
    await tx.issue.update({ where: { id: issue.id }, data: plan.to });
    await applyArticleChanges(tx, plan.changes, plan.now, { issues: [issue.number] });
  });
}
