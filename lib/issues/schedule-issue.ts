import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { planArticleChanges } from "@/lib/workflow/apply-article-change";
import {
  ISSUE_CHANGED_MEANWHILE,
  type IssueChangePlan,
  commitIssueChange,
  loadIssueForChange,
} from "./commit-issue-change";
import { issueStatusAt } from "./visibility";

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
 * Plans publishing an issue now, or at a moment (stored in UTC): every article of it is
 * published or scheduled through the workflow table, and the first becomes the lead story when
 * none is. Reads only; commitIssueChange writes.
 */
export async function planIssueSchedule(
  db: Database,
  user: SessionUser,
  number: number,
  at: Date | "now",
  now: Date,
): Promise<IssueChangePlan> {
  assertRoleCan(user, "issue:manage");
  const when = at === "now" ? now : at;
  if (when.getTime() < now.getTime() - PAST_TOLERANCE_MS)
    throw new AppError("BAD_INPUT", "发布时间已过，请选择将来的时间，或选择立即发布。");
  const live = when.getTime() <= now.getTime();
  const issue = await loadIssueForChange(db, number);
  if (issueStatusAt(issue, now) === "PUBLISHED") throw new AppError("CONFLICT", "本期已经发布。");
  if (issue.articles.length === 0) throw new AppError("BAD_INPUT", "本期还没有稿件，不能发布。");
  const hasLead = issue.articles.some((article) => article.isLead);
  const changes = await planArticleChanges(
    db,
    user,
    issue.articles.map((article, index) => ({
      article,
      action: live ? (article.status === "UNPUBLISHED" ? "republish" : "publish") : "schedule",
      timelineNote: live ? `随第${number}期发布` : `随第${number}期定于${formatShanghai(when)}发布`,
      data: { publishedAt: when, ...(!hasLead && index === 0 ? { isLead: true } : {}) },
      conflictMessage: ISSUE_CHANGED_MEANWHILE,
    })),
    now,
  );
  return { issue, to: { status: live ? "PUBLISHED" : "SCHEDULED", publishAt: when }, changes, now };
}

/**
 * Publishes an issue now, or schedules it for a moment. Nothing runs at that moment: visibility
 * and every status shown compare the stored time, so the issue and its articles simply become
 * public (and 已发布) then. Rescheduling a scheduled issue moves the moment.
 */
export async function scheduleIssue(
  db: Database,
  user: SessionUser,
  number: number,
  at: Date | "now",
  clock: Clock,
): Promise<void> {
  await commitIssueChange(db, await planIssueSchedule(db, user, number, at, clock()));
}
