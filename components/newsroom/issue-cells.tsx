import Link from "next/link";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { ISSUE_STATUS_LABELS } from "@/lib/issues/issue-status";

/**
 * The first cells of a row about an issue in the newsroom's tables: 期号 (linked), date, status.
 * Each stays on one line (a phone scrolls the table sideways instead of breaking 第3期 in two).
 */
export function IssueCells({ issue }: { issue: { number: number; date: string; status: IssueStatus } }) {
  return (
    <>
      <td className="px-4 py-3 whitespace-nowrap">
        <Link
          href={`/newsroom/issues/${issue.number}`}
          className="font-medium text-brand-dark hover:underline"
        >
          第{issue.number}期
        </Link>
      </td>
      <td className="px-4 py-3 whitespace-nowrap">{issue.date}</td>
      <td className="px-4 py-3 whitespace-nowrap">{ISSUE_STATUS_LABELS[issue.status] ?? issue.status}</td>
    </>
  );
}
