import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { db } from "@/lib/db";
import { ISSUE_STATUS_LABELS } from "@/lib/issues/issue-status";
import { requirePermission } from "@/lib/permissions/require-permission";
import { ERROR_RATE_LIMIT, exceedsLimit, formatRate } from "@/lib/quality/error-rate";
import { listIssueQuality } from "@/lib/quality/find-quality";

export const metadata: Metadata = { title: "质量统计" };

// 质量统计: recent issues with their proofreading error rates against 万分之三.
export default async function QualityPage() {
  const user = await requirePermission("/newsroom/quality", "issue:manage");
  const issues = await listIssueQuality(db, user);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">质量统计</h1>
      <p className="text-sm text-muted">
        差错率 = 校对记录的差错数 ÷ 本期字数 × 10000，标准为不超过万分之{ERROR_RATE_LIMIT}。
      </p>
      <DataTable
        columns={[
          { label: "期号" },
          { label: "出版日期" },
          { label: "状态" },
          { label: "校次", numeric: true },
          { label: "字数", numeric: true },
          { label: "差错", numeric: true },
          { label: "差错率" },
        ]}
      >
        {issues.map((issue) => (
          <tr key={issue.number}>
            <td className="px-4 py-3">
              <Link
                href={`/newsroom/issues/${issue.number}`}
                className="font-medium text-brand-dark hover:underline"
              >
                第{issue.number}期
              </Link>
            </td>
            <td className="px-4 py-3">{issue.date}</td>
            <td className="px-4 py-3">{ISSUE_STATUS_LABELS[issue.status] ?? issue.status}</td>
            <td className="px-4 py-3 text-right tabular-nums">{issue.rounds}</td>
            <td className="px-4 py-3 text-right tabular-nums">{issue.characters.toLocaleString("zh-CN")}</td>
            <td className="px-4 py-3 text-right tabular-nums">{issue.errors}</td>
            <td className={`px-4 py-3 ${exceedsLimit(issue.rate) ? "font-bold text-red-800" : ""}`}>
              {formatRate(issue.rate)}
              {exceedsLimit(issue.rate) && " ⚠ 超标"}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
