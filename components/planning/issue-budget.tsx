import Link from "next/link";
import type { Budget, BudgetRow } from "@/lib/planning/build-budget";
import { Deadline, ProgressBadge } from "./progress-badge";

const COLUMNS = "md:grid-cols-[5rem_minmax(0,1fr)_7rem_11rem_7.5rem_7rem]";

/** Where a row leads: the article once editors may read it (submitted on), else the pitch. */
function href(row: BudgetRow): string {
  const readable = row.progress !== "NOT_STARTED" && row.progress !== "WRITING";
  if (row.articleId && (readable || !row.pitchId)) return `/newsroom/articles/${row.articleId}`;
  return `/newsroom/planning/${row.pitchId}`;
}

function Cell({
  label,
  children,
  className = "",
}: {
  label: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={`flex gap-2 md:block ${className}`}>
      <span className="w-16 shrink-0 text-muted md:sr-only">{label}</span>
      <span>{children}</span>
    </div>
  );
}

/**
 * 稿件计划: an issue's planned stories beside the ones already written, so an editor sees what
 * is missing for the issue. One list for every width: columns on a desk, stacked on a phone.
 */
export function IssueBudget({ budget, number }: { budget: Budget; number: number }) {
  const { totals } = budget;
  return (
    <section aria-labelledby="budget-title" className="mb-6 rounded border border-gray-200 bg-white">
      <h2
        id="budget-title"
        className="flex flex-wrap items-baseline justify-between gap-2 border-b border-gray-200 bg-gray-50 px-4 py-2 font-bold"
      >
        <span>稿件计划</span>
        <span className="text-sm font-normal">
          计划 {totals.planned} 篇 · 已通过 {totals.filled} · 缺 {totals.missing}
          {totals.overdue > 0 && <strong className="ml-1 text-red-800">· 逾期 {totals.overdue}</strong>}
        </span>
      </h2>
      {budget.rows.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">
          还没有为本期派稿。在
          <Link href="/newsroom/planning" className="mx-1 text-brand-dark hover:underline">
            选题派稿
          </Link>
          中采纳选题并派稿到第{number}期。
        </p>
      ) : (
        <>
          <div
            className={`hidden gap-3 px-4 py-2 text-xs font-medium text-gray-700 md:grid ${COLUMNS}`}
            aria-hidden="true"
          >
            <span>栏目</span>
            <span>稿件</span>
            <span>记者</span>
            <span>截稿（北京时间）</span>
            <span className="text-right">字数 实/目标</span>
            <span>状态</span>
          </div>
          <ol className="divide-y divide-gray-100 border-t border-gray-100">
            {budget.rows.map((row) => (
              <li
                key={row.key}
                className={`grid gap-1 px-4 py-2 text-sm md:items-center md:gap-3 ${COLUMNS} ${row.overdue ? "bg-red-50" : ""}`}
              >
                <Cell label="栏目">{row.section}</Cell>
                <Cell label="稿件" className="font-medium">
                  {/* Copy placed in this issue is linked once, in its section below. */}
                  {row.placedIn === number ? (
                    row.title || "（无标题）"
                  ) : (
                    <Link href={href(row)} className="hover:underline">
                      {row.title || "（无标题）"}
                    </Link>
                  )}
                  {!row.pitchId && <span className="ml-2 text-xs font-normal text-muted">未经派稿</span>}
                </Cell>
                <Cell label="记者">{row.reporters.join("、") || "—"}</Cell>
                <Cell label="截稿">
                  {row.deadline ? <Deadline at={row.deadline} overdue={row.overdue} /> : "—"}
                </Cell>
                <Cell label="字数" className="tabular-nums md:text-right">
                  {row.progress === "NOT_STARTED" ? "—" : row.actualChars.toLocaleString("zh-CN")} /{" "}
                  {row.targetChars?.toLocaleString("zh-CN") ?? "—"}
                </Cell>
                <Cell label="状态">
                  <ProgressBadge progress={row.progress} />
                  {row.placedIn !== null && (
                    <span className="ml-1 text-xs text-muted">
                      {row.placedIn === number ? "已编入" : `在第${row.placedIn}期`}
                    </span>
                  )}
                </Cell>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
