import Link from "next/link";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { IssueYears } from "@/lib/public/list-issues-by-year";
import type { ReaderPaths } from "@/lib/public/reader-paths";

interface IssueYearsViewProps {
  archive: IssueYears;
  t: Messages;
  locale: Locale;
  paths: ReaderPaths;
}

/** 往期: the published issues of one year, with links to every year. */
export function IssueYearsView({ archive: { years, year, issues }, t, locale, paths }: IssueYearsViewProps) {
  return (
    <div className="py-8">
      <h1 className="font-serif text-3xl font-black" lang={locale}>
        {t.allIssues}
      </h1>
      <p className="mt-2 text-muted" lang={locale}>
        {years.length > 0 ? t.issueArchiveIntro : t.noIssues}
      </p>
      {years.length > 0 && (
        <nav aria-label={t.allIssues} className="mt-4 flex flex-wrap gap-2">
          {years.map((y) => (
            <Link
              key={y.year}
              href={paths.year(y.year)}
              aria-current={y.year === year ? "page" : undefined}
              className="rounded border border-rule px-3 py-1 hover:border-brand aria-[current=page]:border-brand aria-[current=page]:bg-brand aria-[current=page]:text-white"
            >
              {t.yearIssues(y.year, y.count)}
            </Link>
          ))}
        </nav>
      )}
      {year !== null && (
        <section aria-labelledby={`year-${year}`} className="mt-8">
          <h2
            id={`year-${year}`}
            className="border-b-2 border-brand pb-1 font-serif text-xl font-bold text-brand-dark"
          >
            {t.yearIssues(year, issues.length)}
          </h2>
          <ul className="mt-2 divide-y divide-rule">
            {issues.map((issue) => (
              <li key={issue.number}>
                <Link
                  href={paths.issue(issue.number)}
                  className="group flex flex-wrap items-baseline gap-x-4 py-3"
                >
                  <span className="w-20 shrink-0 font-serif text-lg font-bold text-brand-dark group-hover:underline">
                    {t.issueNumber(issue.number)}
                  </span>
                  <time dateTime={issue.date} className="w-44 shrink-0 text-muted">
                    {formatIssueDate(issue.date, t)}
                  </time>
                  {/* On a phone the lead's headline takes a line of its own, below the number and date. */}
                  <span className="order-last w-full min-w-0 font-serif group-hover:text-brand-dark sm:order-none sm:w-auto sm:flex-1">
                    {issue.leadHeadline}
                  </span>
                  <span className="text-sm text-muted">{t.articlesCount(issue.articleCount)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
