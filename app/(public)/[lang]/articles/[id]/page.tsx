import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePageView } from "@/components/public/article-page-view";
import { WithdrawnNotice } from "@/components/public/withdrawn-notice";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { newsArticleJsonLd } from "@/lib/public/news-article-json-ld";
import { getPublicArticle, getPublicMasthead, getWithdrawnArticle } from "@/lib/public/public-reads";
import { readerPaths } from "@/lib/public/reader-paths";
import { paperName } from "@/lib/settings/publication-settings";
import { siteUrl } from "@/lib/site-url";

interface ArticlePageProps {
  params: Promise<{ lang: string; id: string }>;
}

export function generateStaticParams() {
  return [];
}

/** The article readers may read, or the fact that it was withdrawn; 404 for anything else. */
async function loadArticle(params: ArticlePageProps["params"]) {
  const { id } = await params;
  const article = await getPublicArticle(id);
  if (article) return { article, withdrawn: null };
  const withdrawn = await getWithdrawnArticle(id);
  if (!withdrawn) notFound();
  return { article: null, withdrawn };
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { article } = await loadArticle(params);
  if (!article) {
    const { t } = await readerLocale(params);
    return { title: t.withdrawnTitle, robots: { index: false } };
  }
  const title = article.subtitle ? `${article.headline}——${article.subtitle}` : article.headline;
  // Canonical is the Chinese address: the article itself is Chinese in both UI languages.
  const canonical = readerPaths("zh-CN").article(article.id);
  return {
    title: article.headline,
    description: article.description,
    alternates: { canonical },
    openGraph: {
      type: "article",
      title,
      description: article.description,
      url: canonical,
      publishedTime: article.publishedAt ?? undefined,
      section: article.section?.name,
      locale: "zh_CN",
      images: article.photo ? [{ url: article.photo.share, alt: article.photo.alt }] : undefined,
    },
  };
}

// An article page: the full text, then the way back to its issue and its neighbours. A withdrawn
// article's address says so (410), kept and invalidated like the article page it replaces.
export default async function ArticlePage({ params }: ArticlePageProps) {
  const [{ t, locale }, { article, withdrawn }, masthead] = await Promise.all([
    readerLocale(params),
    loadArticle(params),
    getPublicMasthead(),
  ]);
  if (!article) return <WithdrawnNotice withdrawn={withdrawn} t={t} locale={locale} />;
  const url = `${siteUrl()}${readerPaths("zh-CN").article(article.id)}`;
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: newsArticleJsonLd(article, url, masthead.name) }}
      />
      <ArticlePageView
        article={article}
        t={t}
        locale={locale}
        paths={readerPaths(locale)}
        paper={paperName(masthead, locale)}
      />
    </>
  );
}
