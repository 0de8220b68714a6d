import type { Metadata } from "next";
import Link from "next/link";
import { IssueDateline } from "@/components/public/issue-dateline";
import { IssueSections } from "@/components/public/issue-sections";
import { LeadStory } from "@/components/public/lead-story";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { getFrontPageIssue, getPublicMasthead } from "@/lib/public/public-reads";
import { readerPaths } from "@/lib/public/reader-paths";
import { paperName } from "@/lib/settings/publication-settings";

interface FrontPageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: FrontPageProps): Promise<Metadata> {
  const [{ t, locale }, issue, masthead] = await Promise.all([
    readerLocale(params),
    getFrontPageIssue(),
    getPublicMasthead(),
  ]);
  const name = paperName(masthead, locale);
  const title = issue
    ? `${name} ${t.issueNumber(issue.number)}（${formatIssueDate(issue.date, t, false)}）`
    : name;
  const canonical = readerPaths(locale).home;
  const photo = issue?.lead?.photo;
  return {
    title: { absolute: title },
    alternates: { canonical },
    // What a shared link of the front page shows: the issue, and the lead story's photo.
    openGraph: {
      type: "website",
      title,
      description: t.siteTagline,
      url: canonical,
      siteName: name,
      locale: locale === "en" ? "en_US" : "zh_CN",
      images: photo ? [{ url: photo.share, alt: photo.alt }] : undefined,
    },
  };
}

// 首页: the latest published issue, lead story first.
export default async function FrontPage({ params }: FrontPageProps) {
  const [{ t, locale }, issue, masthead] = await Promise.all([
    readerLocale(params),
    getFrontPageIssue(),
    getPublicMasthead(),
  ]);
  if (!issue?.lead) {
    return <p className="py-16 text-center text-lg text-muted">{t.noIssues}</p>;
  }
  const paths = readerPaths(locale);
  return (
    <>
      <h1 className="sr-only">
        {paperName(masthead, locale)} {t.issueNumber(issue.number)}
      </h1>
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
