import Link from "next/link";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import type { Messages } from "@/lib/i18n/messages";
import type { ReaderPaths } from "@/lib/public/reader-paths";

/** The line under the masthead: date, weekday and issue number, as on a printed front page. */
export function IssueDateline({
  t,
  number,
  date,
  paths,
}: {
  t: Messages;
  number: number;
  date: string;
  paths?: ReaderPaths;
}) {
  const label = t.issueNumber(number);
  return (
    <p className="flex flex-wrap items-center gap-x-3 border-b border-rule py-2 text-sm text-muted">
      <time dateTime={date}>{formatIssueDate(date, t)}</time>
      <span aria-hidden="true">·</span>
      {paths ? (
        <Link href={paths.issue(number)} className="font-medium text-brand-dark hover:underline">
          {label}
        </Link>
      ) : (
        <span className="font-medium text-brand-dark">{label}</span>
      )}
    </p>
  );
}
