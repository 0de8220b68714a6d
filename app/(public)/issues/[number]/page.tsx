import type { Metadata } from "next";
import Link from "next/link";
import { IssueSections } from "@/components/public/issue-sections";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import { getLocale } from "@/lib/i18n/get-locale";
import { loadPublicIssueOr404 } from "@/lib/public/load-issue-or-404";

interface IssuePageProps {
  params: Promise<{ number: string }>;
}

export async function generateMetadata({ params }: IssuePageProps): Promise<Metadata> {
  const [{ t }, issue] = await Promise.all([getLocale(), loadPublicIssueOr404((await params).number)]);
  const title = `${t.issueNumber(issue.number)} ${formatIssueDate(issue.date, t, false)}`;
  return {
    title,
    description: issue.articles.map((a) => a.headline).join("；"),
    alternates: { canonical: `/issues/${issue.number}` },
    openGraph: { title: `中原区报 ${title}`, type: "website" },
  };
}

// 目录: one issue's articles by section.
export default async function IssuePage({ params }: IssuePageProps) {
  const [{ t, locale }, issue] = await Promise.all([getLocale(), loadPublicIssueOr404((await params).number)]);
  return (
    <div className="py-8">
      <div className="flex flex-wrap items-end justify-between gap-4 border-b border-rule pb-4">
        <div>
          <h1 className="font-serif text-3xl font-black text-brand-dark">
            中原区报 {t.issueNumber(issue.number)}
          </h1>
          <p className="mt-1 text-muted">
            <time dateTime={issue.date}>{formatIssueDate(issue.date, t)}</time>
            <span className="mx-2" aria-hidden="true">·</span>
            <span lang={locale}>
              {t.articlesCount(issue.articles.length)} · {t.characters(issue.totalCharacters)}
            </span>
          </p>
        </div>
        <Link
          href={`/issues/${issue.number}/print`}
          className="rounded border border-rule px-4 py-1.5 text-sm hover:border-brand hover:text-brand-dark no-print"
          lang={locale}
        >
          {t.printIssue}
        </Link>
      </div>
      <IssueSections sections={issue.sections} t={t} />
    </div>
  );
}
