import type { Metadata } from "next";
import { IssueCells } from "@/components/newsroom/issue-cells";
import { DataTable } from "@/components/ui/data-table";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/permissions/require-permission";
import { ERROR_RATE_LIMIT, formatRate } from "@/lib/quality/error-rate";
import { listIssueQuality } from "@/lib/quality/find-quality";
import type { QualitySummary } from "@/lib/quality/quality-summary";
import { systemClock } from "@/lib/time/clock";

export const metadata: Metadata = { title: "质量统计" };

const UNPROOFREAD = <span className="rounded bg-amber-100 px-1.5 font-medium text-amber-900">未校对</span>;

/** 见报差错率: what readers got. Without a proof round, "no errors found" would only mean nobody looked. */
function PrintRate({ quality }: { quality: QualitySummary }) {
  if (!quality.printed) return <span className="text-muted">未出版</span>;
  if (!quality.proofread && quality.printErrors === 0) return UNPROOFREAD;
  return (
    <span className={quality.overLimit ? "font-bold text-red-800" : ""}>
      {formatRate(quality.printRate ?? 0)}
      {quality.overLimit && " ⚠ 超标"}
    </span>
  );
}

// 质量统计: recent issues, what proofreading caught and what reached readers, against 万分之三.
export default async function QualityPage() {
  const user = await requirePermission("/newsroom/quality", "issue:view");
  const issues = await listIssueQuality(db, user, systemClock());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">质量统计</h1>
      <div className="space-y-1 text-sm text-muted">
        <p>
          见报差错率 = 出版后发现的差错（更正，及出版后记录的校次中的差错）÷ 本期字数 ×
          10000，标准为不超过万分之
          {ERROR_RATE_LIMIT}。
        </p>
        <p>
          校对改正的差错在出版前已经改正，单独列出，不计入见报差错率；出版前没有任何校次记录的期显示为“未校对”。
        </p>
      </div>
      {/* On a phone the table scrolls sideways rather than stacking 未校对 one character a line. */}
      <div className="[&_td]:whitespace-nowrap [&_th]:whitespace-nowrap">
        <DataTable
          columns={[
            { label: "期号" },
            { label: "出版日期" },
            { label: "状态" },
            { label: "字数", numeric: true },
            { label: "校次", numeric: true },
            { label: "校对改正", numeric: true },
            { label: "见报差错", numeric: true },
            { label: "见报差错率" },
          ]}
        >
          {issues.map((issue) => (
            <tr key={issue.number}>
              <IssueCells issue={issue} />
              <td className="px-4 py-3 text-right tabular-nums">
                {issue.characters.toLocaleString("zh-CN")}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">
                {issue.proofread ? issue.roundsBeforePrint : UNPROOFREAD}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">
                {issue.proofread ? (
                  <>
                    {issue.caughtErrors}
                    {issue.characters > 0 && (
                      <span className="ml-1 text-xs text-muted">{formatRate(issue.caughtRate ?? 0)}</span>
                    )}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{issue.printed ? issue.printErrors : "—"}</td>
              <td className="px-4 py-3">
                <PrintRate quality={issue} />
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
    </div>
  );
}
