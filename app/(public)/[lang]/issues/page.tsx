import type { Metadata } from "next";
import { IssueYearsView } from "@/components/public/issue-years-view";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { getPublicIssueYears } from "@/lib/public/public-reads";
import { readerPaths } from "@/lib/public/reader-paths";

interface IssuesPageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: IssuesPageProps): Promise<Metadata> {
  const { t } = await readerLocale(params);
  return { title: t.allIssues, alternates: { canonical: readerPaths("zh-CN").issues } };
}

// 往期: the newest year's issues; other years have their own addresses (/issues/years/2023).
export default async function IssuesPage({ params }: IssuesPageProps) {
  const [{ t, locale }, archive] = await Promise.all([readerLocale(params), getPublicIssueYears()]);
  return <IssueYearsView archive={archive} t={t} locale={locale} paths={readerPaths(locale)} />;
}
