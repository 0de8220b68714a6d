import type { Metadata } from "next";
import { IssueContentsView } from "@/components/public/issue-contents-view";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import { getLocale } from "@/lib/i18n/get-locale";
import { loadPublicIssueOr404 } from "@/lib/public/load-issue-or-404";
import { getPublicMasthead } from "@/lib/public/public-reads";

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
  const [{ t, locale }, issue, masthead] = await Promise.all([getLocale(), loadPublicIssueOr404((await params).number), getPublicMasthead()]);
  return <IssueContentsView issue={issue} masthead={masthead} t={t} locale={locale} />;
}
