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
import { articleStatusAt, issueStatusAt } from "./visibility";

/**
 * Plans taking an issue back: a scheduled one returns to planning (its articles to 已通过); a
 * published one is unpublished with a reason (its published articles with it). Reads only.
 */
export async function planIssueWithdrawal(
  db: Database,
  user: SessionUser,
  number: number,
  reason: string,
  now: Date,
): Promise<IssueChangePlan> {
  assertRoleCan(user, "issue:manage");
  const issue = await loadIssueForChange(db, number);
  const status = issueStatusAt(issue, now);
  const unpublishing = status === "PUBLISHED";
  if (!unpublishing && status !== "SCHEDULED") throw new AppError("CONFLICT", "本期尚未定时或发布。");
  if (unpublishing && !reason.trim()) throw new AppError("BAD_INPUT", "请填写撤下的理由。");
  const goingOut = issue.articles
    .map((article) => ({ article, status: articleStatusAt(article, now) }))
    .filter(({ status }) => status === "SCHEDULED" || status === "PUBLISHED");
  const timelineNote = unpublishing ? `第${number}期撤下：${reason.trim()}` : `第${number}期取消定时`;
  const changes = await planArticleChanges(
    db,
    user,
    goingOut.map(({ article, status }) => ({
      article,
      conflictMessage: ISSUE_CHANGED_MEANWHILE,
      timelineNote,
      ...(status === "PUBLISHED"
        ? { action: "unpublish" as const, note: reason }
        : { action: "unschedule" as const, data: { publishedAt: null } }),
    })),
    now,
  );
  const to = unpublishing
    ? { status: "UNPUBLISHED" as const }
    : { status: "PLANNING" as const, publishAt: null };
  return { issue, to, changes, now };
}

/** Takes an issue back (see planIssueWithdrawal); everything of it leaves every public page. */
export async function withdrawIssue(
  db: Database,
  user: SessionUser,
  number: number,
  reason: string,
  clock: Clock,
): Promise<void> {
  await commitIssueChange(db, await planIssueWithdrawal(db, user, number, reason, clock()));
}
