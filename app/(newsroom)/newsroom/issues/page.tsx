import type { Metadata } from "next";
import Link from "next/link";
import { CreateIssueForm } from "@/components/newsroom/create-issue-form";
import { IssueCells } from "@/components/newsroom/issue-cells";
import { DataTable } from "@/components/ui/data-table";
import { pageAddress } from "@/lib/auth/safe-return-path";
import { db } from "@/lib/db";
import { firstParam } from "@/lib/http/first-param";
import { suggestIssueNumber } from "@/lib/issues/create-issue";
import { issueDateSchema } from "@/lib/issues/issue-input";
import { listIssuesForPlanner } from "@/lib/issues/list-issues-for-planner";
import { roleCan } from "@/lib/permissions/policy";
import { requirePermission } from "@/lib/permissions/require-permission";
import { systemClock } from "@/lib/time/clock";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";
import { shanghaiDate } from "@/lib/time/shanghai";

export const metadata: Metadata = { title: "期刊编排" };

// 期刊编排: every issue and a new one (for the date picked in the calendar, `?date=`).
export default async function IssuesPlannerPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const user = await requirePermission(pageAddress("/newsroom/issues", params), "issue:view");
  // The admin sees the issues; only editors make them.
  const planner = roleCan(user, "issue:manage");
  const [issues, suggested] = await Promise.all([
    listIssuesForPlanner(db, user, systemClock),
    planner ? suggestIssueNumber(db, user) : null,
  ]);
  const picked = issueDateSchema.safeParse(firstParam(params.date));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">期刊编排</h1>
        <Link href="/newsroom/calendar" className="text-sm text-brand-dark hover:underline">
          编辑日历 →
        </Link>
      </div>
      {suggested !== null && (
        <CreateIssueForm
          suggestedNumber={suggested}
          today={picked.success ? picked.data : shanghaiDate(systemClock())}
        />
      )}
      <DataTable
        columns={[
          { label: "期号" },
          { label: "出版日期" },
          { label: "状态" },
          { label: "发布时间（北京时间）" },
          { label: "稿件", numeric: true },
          { label: "字数", numeric: true },
        ]}
      >
        {issues.map((issue) => (
          <tr key={issue.number}>
            <IssueCells issue={issue} />
            <td className="px-4 py-3 tabular-nums">
              {issue.publishAt ? formatNewsroomTime(issue.publishAt) : "—"}
            </td>
            <td className="px-4 py-3 text-right tabular-nums">{issue.articleCount}</td>
            <td className="px-4 py-3 text-right tabular-nums">{issue.charCount.toLocaleString("zh-CN")}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
