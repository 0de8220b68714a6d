import type { Metadata } from "next";
import Link from "next/link";
import { IssueDateline } from "@/components/public/issue-dateline";
import { IssueSections } from "@/components/public/issue-sections";
import { LeadStory } from "@/components/public/lead-story";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { getFrontPageIssue } from "@/lib/public/public-reads";
import { readerPaths } from "@/lib/public/reader-paths";

interface FrontPageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: FrontPageProps): Promise<Metadata> {
  const [{ t, locale }, issue] = await Promise.all([readerLocale(params), getFrontPageIssue()]);
  const title = issue
    ? `中原区报 ${t.issueNumber(issue.number)}（${formatIssueDate(issue.date, t, false)}）`
    : "中原区报";
  const photo = issue?.lead?.photo;
  return {
    title: { absolute: title },
    alternates: { canonical: readerPaths(locale).home },
    // The lead story's photo is what a shared link of the front page shows.
    openGraph: photo ? { title, type: "website", images: [{ url: photo.share, alt: photo.alt }] } : undefined,
  };
}

// 首页: the latest published issue, lead story first.
export default async function FrontPage({ params }: FrontPageProps) {
  const [{ t, locale }, issue] = await Promise.all([readerLocale(params), getFrontPageIssue()]);
  if (!issue?.lead) {
    return <p className="py-16 text-center text-lg text-muted">{t.noIssues}</p>;
  }
  const paths = readerPaths(locale);
  return (
    <>
      <h1 className="sr-only">中原区报 {t.issueNumber(issue.number)}</h1>
      <IssueDateline t={t} number={issue.number} date={issue.date} paths={paths} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <LeadStory article={issue.lead} t={t} paths={paths} />
        <aside aria-labelledby="contents" className="border-rule py-6 lg:border-l lg:pl-8">
          <h2 id="contents" className="font-serif text-lg font-bold text-brand-dark">
            {t.contents}
          </h2>
          <ol className="mt-3 space-y-3">
            {issue.articles.map((article) => (
              <li key={article.id} className="border-b border-dashed border-rule pb-3 last:border-b-0">
                {article.section && (
                  <span className="mr-2 text-xs text-brand-dark">［{article.section.name}］</span>
                )}
                <Link
                  href={paths.article(article.id)}
                  className="font-serif leading-snug hover:text-brand-dark"
                >
                  {article.headline}
                </Link>
              </li>
            ))}
          </ol>
        </aside>
      </div>
      <IssueSections sections={issue.sections} t={t} skipId={issue.lead.id} paths={paths} />
    </>
  );
}
