import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { reindexIssue } from "@/lib/search/reindex";
import { promoteDueArticles } from "./promote-due-articles";

/**
 * Takes an issue back: a scheduled one returns to planning (its articles to 已通过); a
 * published one is unpublished with a reason and disappears from every public page.
 */
export async function withdrawIssue(
  db: Database,
  user: SessionUser,
  number: number,
  reason: string,
  clock: Clock,
) {
  assertRoleCan(user, "issue:manage");
  const now = clock();
  await db.$transaction(async (tx) => {
    await promoteDueArticles(tx, now);
    const issue = await tx.issue.findUnique({ where: { number }, include: { articles: true } });
    if (!issue) throw new AppError("NOT_FOUND", "该期不存在。");
    const unpublishing = issue.status === "PUBLISHED";
    if (!unpublishing && issue.status !== "SCHEDULED") throw new AppError("CONFLICT", "本期尚未定时或发布。");
    if (unpublishing && !reason.trim()) throw new AppError("BAD_INPUT", "请填写撤下的理由。");
    const to = unpublishing ? "UNPUBLISHED" : "APPROVED";
    for (const article of issue.articles.filter((a) => ["SCHEDULED", "PUBLISHED"].includes(a.status))) {
      await tx.article.update({
        where: { id: article.id },
        data: { status: to, ...(unpublishing ? {} : { publishedAt: null }), version: { increment: 1 } },
      });
      await tx.workflowEvent.create({
        data: {
          articleId: article.id,
          actorId: user.id,
          fromStatus: article.status,
          toStatus: to,
          note: unpublishing ? `第${issue.number}期撤下：${reason.trim()}` : `第${issue.number}期取消定时`,
          createdAt: now,
        },
      });
    }
    await tx.issue.update({
      where: { id: issue.id },
      data: unpublishing ? { status: "UNPUBLISHED" } : { status: "PLANNING", publishAt: null },
    });
    await reindexIssue(tx, issue.id);
    await invalidateReaderPages(tx, { issues: [number] }, now);
  });
}
