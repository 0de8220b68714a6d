import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueYearsView } from "@/components/public/issue-years-view";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { getPublicIssueYears } from "@/lib/public/public-reads";
import { readerPaths } from "@/lib/public/reader-paths";

interface YearPageProps {
  params: Promise<{ lang: string; year: string }>;
}

export function generateStaticParams() {
  return [];
}

/** The year a URL names, or a 404: only years that have public issues have a page. */
async function loadYearOr404(params: YearPageProps["params"]) {
  const { year } = await params;
  const archive = /^\d{4}$/.test(year) ? await getPublicIssueYears(Number(year)) : null;
  if (!archive || archive.year !== Number(year)) notFound();
  return archive;
}

export async function generateMetadata({ params }: YearPageProps): Promise<Metadata> {
  const [{ t }, archive] = await Promise.all([readerLocale(params), loadYearOr404(params)]);
  return {
    title: `${t.allIssues} ${archive.year}`,
    alternates: { canonical: readerPaths("zh-CN").year(archive.year ?? 0) },
  };
}

// 往期 of one year.
export default async function IssueYearPage({ params }: YearPageProps) {
  const [{ t, locale }, archive] = await Promise.all([readerLocale(params), loadYearOr404(params)]);
  return <IssueYearsView archive={archive} t={t} locale={locale} paths={readerPaths(locale)} />;
}
