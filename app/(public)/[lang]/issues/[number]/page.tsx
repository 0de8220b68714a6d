import type { Metadata } from "next";
import { IssueContentsView } from "@/components/public/issue-contents-view";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { loadPublicIssueOr404 } from "@/lib/public/load-issue-or-404";
import { getPublicMasthead } from "@/lib/public/public-reads";
import { readerPaths } from "@/lib/public/reader-paths";
import { paperName } from "@/lib/settings/publication-settings";

interface IssuePageProps {
  params: Promise<{ lang: string; number: string }>;
}

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: IssuePageProps): Promise<Metadata> {
  const [{ t, locale }, issue, masthead] = await Promise.all([
    readerLocale(params),
    loadPublicIssueOr404((await params).number),
    getPublicMasthead(),
  ]);
  const name = paperName(masthead, locale);
  const title = `${t.issueNumber(issue.number)} ${formatIssueDate(issue.date, t, false)}`;
  return {
    title,
    description: issue.articles.map((a) => a.headline).join("；"),
    alternates: { canonical: readerPaths("zh-CN").issue(issue.number) },
    openGraph: {
      title: `${name} ${title}`,
      type: "website",
      siteName: name,
      images: issue.lead?.photo ? [{ url: issue.lead.photo.share, alt: issue.lead.photo.alt }] : undefined,
    },
  };
}

// 目录: one issue's articles by section.
export default async function IssuePage({ params }: IssuePageProps) {
  const [{ t, locale }, issue, masthead] = await Promise.all([
    readerLocale(params),
    loadPublicIssueOr404((await params).number),
    getPublicMasthead(),
  ]);
  return (
    <IssueContentsView issue={issue} masthead={masthead} t={t} locale={locale} paths={readerPaths(locale)} />
  );
}
