import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { shanghaiDate, startOfShanghaiDay } from "@/lib/time/shanghai";
import { isOverdue, progressOf } from "./assignment-progress";
import { buildBudget } from "./build-budget";
import { loadBudgetParts } from "./find-issue-budget";
import { monthBounds, monthGrid } from "./month-grid";

/**
 * 编辑日历 for one month: each issue on its date with its planned and filled stories, and each
 * deadline of a standing assignment on its Beijing date, overdue ones marked.
 */
export async function findCalendarMonth(db: Database, user: SessionUser, month: string, clock: Clock) {
  assertRoleCan(user, "issue:view");
  const now = clock();
  const weeks = monthGrid(month);
  const [from, to] = [weeks[0][0], weeks.at(-1)![6]];
  const { first, next } = monthBounds(month);
  const [issues, assignments] = await Promise.all([
    db.issue.findMany({
      where: { date: { gte: from, lte: to } },
      orderBy: { number: "asc" },
      select: { id: true, number: true, date: true, status: true },
    }),
    db.assignment.findMany({
      where: {
        pitch: { status: "ACCEPTED" },
        deadline: {
          gte: startOfShanghaiDay(from),
          lt: new Date(startOfShanghaiDay(to).getTime() + 86_400_000),
        },
      },
      orderBy: { deadline: "asc" },
      select: {
        id: true,
        pitchId: true,
        deadline: true,
        pitch: { select: { topic: true } },
        issue: { select: { number: true } },
        article: { select: { status: true } },
        people: {
          where: { role: "REPORTER" },
          orderBy: { position: "asc" },
          select: { user: { select: { displayName: true } } },
        },
      },
    }),
  ]);
  const parts = await loadBudgetParts(
    db,
    issues.map((i) => i.id),
  );
  const issueViews = issues.map((issue) => {
    const { assignments: planned, articles } = parts(issue.id);
    const { totals } = buildBudget(issue.number, planned, articles, now);
    return { number: issue.number, date: issue.date, status: issue.status, ...totals };
  });
  const deadlines = assignments.map((a) => {
    const progress = progressOf(a.article?.status);
    return {
      id: a.id,
      pitchId: a.pitchId,
      date: shanghaiDate(a.deadline),
      deadline: a.deadline,
      topic: a.pitch.topic,
      issueNumber: a.issue?.number ?? null,
      reporters: a.people.map((p) => p.user.displayName),
      progress,
      overdue: isOverdue(a.deadline, progress, now),
    };
  });
  return {
    month,
    today: shanghaiDate(now),
    weeks: weeks.map((week) =>
      week.map((date) => ({
        date,
        inMonth: date >= first && date < next,
        issues: issueViews.filter((i) => i.date === date),
        deadlines: deadlines.filter((d) => d.date === date),
      })),
    ),
  };
}
