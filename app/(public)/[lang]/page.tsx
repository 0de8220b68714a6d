import type { Metadata } from "next";
import { FrontPageView } from "@/components/public/front-page-view";
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
  return (
    <FrontPageView
      issue={issue}
      lead={issue.lead}
      t={t}
      paths={readerPaths(locale)}
      paper={paperName(masthead, locale)}
    />
  );
}
