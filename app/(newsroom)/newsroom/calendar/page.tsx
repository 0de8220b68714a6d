import type { Metadata } from "next";
import Link from "next/link";
import { OverdueBadge } from "@/components/planning/progress-badge";
import { pageAddress } from "@/lib/auth/safe-return-path";
import { db } from "@/lib/db";
import { firstParam } from "@/lib/http/first-param";
import { ISSUE_STATUS_LABELS } from "@/lib/issues/issue-status";
import { roleCan } from "@/lib/permissions/policy";
import { requirePermission } from "@/lib/permissions/require-permission";
import { findCalendarMonth } from "@/lib/planning/find-calendar-month";
import { parseMonth, shiftMonth } from "@/lib/planning/month-grid";
import { systemClock } from "@/lib/time/clock";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";
import { shanghaiDate } from "@/lib/time/shanghai";

export const metadata: Metadata = { title: "编辑日历" };

const WEEKDAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;
const dayLabel = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`;

// 编辑日历: a month of issue dates with each issue's planned and filled stories, and the
// deadlines of standing assignments; an issue can be created for a date from here.
export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const user = await requirePermission(pageAddress("/newsroom/calendar", params), "issue:view");
  const now = systemClock();
  const month = parseMonth(firstParam(params.month), shanghaiDate(now));
  const calendar = await findCalendarMonth(db, user, month, () => now);
  const planner = roleCan(user, "issue:manage");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">编辑日历</h1>
        <nav aria-label="月份" className="flex items-center gap-2 text-sm">
          <Link
            href={`?month=${shiftMonth(month, -1)}`}
            className="rounded border border-gray-300 bg-white px-2 py-1 hover:border-brand"
          >
            ‹ 上月
          </Link>
          <span className="px-2 text-base font-bold">{monthLabel(month)}</span>
          <Link
            href={`?month=${shiftMonth(month, 1)}`}
            className="rounded border border-gray-300 bg-white px-2 py-1 hover:border-brand"
          >
            下月 ›
          </Link>
          <Link href="/newsroom/calendar" className="px-2 py-1 text-brand-dark hover:underline">
            本月
          </Link>
        </nav>
      </div>
      <p className="text-sm text-muted">
        每期显示“已通过 / 计划”的稿件数；截稿时间为北京时间，逾期未交稿的标红。
      </p>
      <div
        className="hidden grid-cols-7 gap-px text-center text-xs font-medium text-gray-700 md:grid"
        aria-hidden="true"
      >
        {WEEKDAYS.map((day) => (
          <span key={day}>{day}</span>
        ))}
      </div>
      <ol className="grid gap-2 md:grid-cols-7 md:gap-px md:rounded md:border md:border-gray-200 md:bg-gray-200">
        {calendar.weeks.flat().map((day, index) => {
          const isToday = day.date === calendar.today;
          const empty = day.issues.length === 0 && day.deadlines.length === 0;
          return (
            <li
              key={day.date}
              aria-label={`${dayLabel(day.date)} ${WEEKDAYS[index % 7]}`}
              className={`${day.inMonth ? "bg-white" : "hidden bg-gray-50 text-gray-500 md:block"} ${empty ? "min-h-0" : ""} rounded border border-gray-200 p-2 text-sm md:min-h-28 md:rounded-none md:border-0`}
            >
              <div className="flex items-center justify-between gap-2">
                <span
                  aria-current={isToday ? "date" : undefined}
                  className={`tabular-nums ${isToday ? "rounded-full bg-brand px-2 font-bold text-white" : "font-medium"}`}
                >
                  <span className="md:hidden">
                    {dayLabel(day.date)} {WEEKDAYS[index % 7]}
                  </span>
                  <span className="hidden md:inline">{Number(day.date.slice(8))}</span>
                  {isToday && <span className="sr-only">（今天）</span>}
                </span>
                {planner && day.issues.length === 0 && day.date >= calendar.today && (
                  <Link
                    href={`/newsroom/issues?date=${day.date}#new-issue`}
                    className="text-xs text-muted hover:text-brand-dark hover:underline"
                  >
                    ＋ 建期<span className="sr-only">：{dayLabel(day.date)}</span>
                  </Link>
                )}
              </div>
              {day.issues.map((issue) => (
                <Link
                  key={issue.number}
                  href={`/newsroom/issues/${issue.number}`}
                  className="mt-1 block rounded bg-brand/10 px-1.5 py-1 hover:bg-brand/20"
                >
                  <span className="font-bold text-brand-dark">第{issue.number}期</span>
                  <span className="ml-1 text-xs text-muted">
                    {ISSUE_STATUS_LABELS[issue.status] ?? issue.status}
                  </span>
                  <span className="block text-xs tabular-nums">
                    已通过 {issue.filled} / 计划 {issue.planned}
                    {issue.overdue > 0 && <strong className="ml-1 text-red-800">逾期 {issue.overdue}</strong>}
                  </span>
                </Link>
              ))}
              {day.deadlines.length > 0 && (
                <ul className="mt-1 space-y-0.5">
                  {day.deadlines.map((deadline) => (
                    <li
                      key={deadline.id}
                      className={`text-xs ${deadline.overdue ? "text-red-800" : "text-gray-700"}`}
                    >
                      <Link href={`/newsroom/planning/${deadline.pitchId}`} className="hover:underline">
                        <span className="tabular-nums">
                          截稿 {formatNewsroomTime(deadline.deadline).slice(11)}
                        </span>{" "}
                        {deadline.topic}
                        {deadline.issueNumber && (
                          <span className="text-muted">（第{deadline.issueNumber}期）</span>
                        )}
                      </Link>
                      {deadline.overdue && (
                        <>
                          {" "}
                          <OverdueBadge />
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
