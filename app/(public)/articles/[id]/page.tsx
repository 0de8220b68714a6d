import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleFull } from "@/components/public/article-full";
import { getLocale } from "@/lib/i18n/get-locale";
import { getPublicArticle } from "@/lib/public/public-reads";

interface ArticlePageProps {
  params: Promise<{ id: string }>;
}

async function loadArticleOr404(params: ArticlePageProps["params"]) {
  const article = await getPublicArticle((await params).id);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = await loadArticleOr404(params);
  const title = article.subtitle ? `${article.headline}——${article.subtitle}` : article.headline;
  return {
    title: article.headline,
    description: article.description,
    alternates: { canonical: `/articles/${article.id}` },
    openGraph: {
      type: "article",
      title,
      description: article.description,
      url: `/articles/${article.id}`,
      publishedTime: article.publishedAt ?? undefined,
      section: article.section?.name,
      locale: "zh_CN",
    },
  };
}

// An article page: the full text, then the way back to its issue and its neighbours.
export default async function ArticlePage({ params }: ArticlePageProps) {
  const [{ t, locale }, article] = await Promise.all([getLocale(), loadArticleOr404(params)]);
  return (
    <div className="py-8">
      <nav aria-label={t.breadcrumb} className="mb-6 text-sm text-muted no-print" lang={locale}>
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href="/" className="hover:text-brand-dark">
              {t.nav.home}
            </Link>
            <span aria-hidden="true" className="ml-2">
              ›
            </span>
          </li>
          <li>
            <Link href={`/issues/${article.issue.number}`} className="hover:text-brand-dark">
              {t.issueNumber(article.issue.number)}
            </Link>
            {article.section && (
              <span aria-hidden="true" className="ml-2">
                ›
              </span>
            )}
          </li>
          {article.section && <li aria-current="page">{article.section.name}</li>}
        </ol>
      </nav>
      <ArticleFull article={article} t={t} locale={locale} />
      <nav aria-label={t.articleNav} className="mx-auto mt-10 grid max-w-3xl gap-4 border-t border-rule pt-6 sm:grid-cols-2 no-print">
        {article.previous ? (
          <Link href={`/articles/${article.previous.id}`} className="rounded border border-rule p-4 hover:border-brand">
            <span className="block text-sm text-muted" lang={locale}>
              ← {t.previousArticle}
            </span>
            <span className="font-serif">{article.previous.headline}</span>
          </Link>
        ) : (
          <span />
        )}
        {article.next && (
          <Link href={`/articles/${article.next.id}`} className="rounded border border-rule p-4 text-right hover:border-brand">
            <span className="block text-sm text-muted" lang={locale}>
              {t.nextArticle} →
            </span>
            <span className="font-serif">{article.next.headline}</span>
          </Link>
        )}
      </nav>
      <p className="mt-6 text-center no-print">
        <Link href={`/issues/${article.issue.number}`} className="text-brand-dark hover:underline" lang={locale}>
          {t.backToIssue(article.issue.number)}
        </Link>
      </p>
    </div>
  );
}
