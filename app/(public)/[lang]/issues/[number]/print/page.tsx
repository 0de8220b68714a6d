import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleFull } from "@/components/public/article-full";
import { MastheadLine } from "@/components/public/masthead-line";
import { PrintButton } from "@/components/public/print-button";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { loadPublicIssueOr404 } from "@/lib/public/load-issue-or-404";
import { getPublicArticle, getPublicMasthead } from "@/lib/public/public-reads";
import { readerPaths } from "@/lib/public/reader-paths";
import { paperName } from "@/lib/settings/publication-settings";

interface PrintPageProps {
  params: Promise<{ lang: string; number: string }>;
}

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PrintPageProps): Promise<Metadata> {
  const [{ t }, issue] = await Promise.all([
    readerLocale(params),
    loadPublicIssueOr404((await params).number),
  ]);
  return { title: `${t.issueNumber(issue.number)} ${t.printIssue}`, robots: { index: false } };
}

// 打印版: the whole issue, every article in full, laid out for A4 paper.
export default async function IssuePrintPage({ params }: PrintPageProps) {
  const [{ t, locale }, issue, masthead] = await Promise.all([
    readerLocale(params),
    loadPublicIssueOr404((await params).number),
    getPublicMasthead(),
  ]);
  const articles = await Promise.all(issue.articles.map((a) => getPublicArticle(a.id)));
  if (articles.some((a) => a === null)) notFound();
  return (
    <div className="py-8">
      <div className="mb-8 flex items-end justify-between gap-3 border-b-4 border-double border-brand pb-3">
        <div className="min-w-0">
          <h1 className="font-serif text-4xl font-black tracking-[0.18em] text-brand">{masthead.name}</h1>
          <p className="mt-1 text-sm">
            {formatIssueDate(issue.date, t)} · {t.issueNumber(issue.number)}
          </p>
          <MastheadLine masthead={masthead} />
        </div>
        {/* Beside a masthead as wide as a phone, the button keeps its size and its label one line. */}
        <span lang={locale} className="shrink-0">
          <PrintButton label={t.printNow} />
        </span>
      </div>
      <div className="space-y-16">
        {articles.map(
          (article) =>
            article && (
              <ArticleFull
                key={article.id}
                article={article}
                t={t}
                locale={locale}
                as="h2"
                paths={readerPaths(locale)}
                paper={paperName(masthead, locale)}
              />
            ),
        )}
      </div>
    </div>
  );
}
