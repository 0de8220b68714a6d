import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { reindexIssue } from "@/lib/search/reindex";
import { checkTransition } from "@/lib/workflow/check-transition";
import { promoteDueArticles } from "./promote-due-articles";

/** How far in the past a "scheduled" time may be before it is refused as a mistake. */
const PAST_TOLERANCE_MS = 60_000;

const formatShanghai = (date: Date) =>
  date.toLocaleString("zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });

/**
 * Publishes an issue now, or schedules it for a moment (stored in UTC). Nothing runs at that
 * moment: visibility compares the stored time, so the issue and its articles simply become
 * public then. Rescheduling a scheduled issue moves the moment.
 */
export async function scheduleIssue(
  db: Database,
  user: SessionUser,
  number: number,
  at: Date | "now",
  clock: Clock,
) {
  assertRoleCan(user, "issue:manage");
  const now = clock();
  const when = at === "now" ? now : at;
  if (when.getTime() < now.getTime() - PAST_TOLERANCE_MS)
    throw new AppError("BAD_INPUT", "发布时间已过，请选择将来的时间，或选择立即发布。");
  const live = when.getTime() <= now.getTime();

  await db.$transaction(async (tx) => {
    await promoteDueArticles(tx, now);
    const issue = await tx.issue.findUnique({
      where: { number },
      include: { articles: { orderBy: { position: "asc" } } },
    });
    if (!issue) throw new AppError("NOT_FOUND", "该期不存在。");
    if (issue.status === "PUBLISHED") throw new AppError("CONFLICT", "本期已经发布。");
    if (issue.articles.length === 0) throw new AppError("BAD_INPUT", "本期还没有稿件，不能发布。");

    for (const article of issue.articles) {
      if (article.status !== "SCHEDULED") {
        const action = article.status === "UNPUBLISHED" ? "republish" : live ? "publish" : "schedule";
        checkTransition(action, { ...article, stages: 1, actor: user, approverIds: [], note: "" });
      }
      await tx.article.update({
        where: { id: article.id },
        data: { status: live ? "PUBLISHED" : "SCHEDULED", publishedAt: when, version: { increment: 1 } },
      });
      await tx.workflowEvent.create({
        data: {
          articleId: article.id,
          actorId: user.id,
          fromStatus: article.status,
          toStatus: live ? "PUBLISHED" : "SCHEDULED",
          note: live ? `随第${issue.number}期发布` : `随第${issue.number}期定于${formatShanghai(when)}发布`,
          createdAt: now,
        },
      });
    }
    if (!issue.articles.some((a) => a.isLead))
      await tx.article.update({ where: { id: issue.articles[0].id }, data: { isLead: true } });
    await tx.issue.update({
      where: { id: issue.id },
      data: { status: live ? "PUBLISHED" : "SCHEDULED", publishAt: when },
    });
    await reindexIssue(tx, issue.id);
    // Its pages change at the moment it goes live: now, or at the scheduled time.
    await invalidateReaderPages(tx, { issues: [number] }, now, [when]);
  });
}
