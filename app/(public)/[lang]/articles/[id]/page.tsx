import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePageView } from "@/components/public/article-page-view";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { newsArticleJsonLd } from "@/lib/public/news-article-json-ld";
import { getPublicArticle } from "@/lib/public/public-reads";
import { readerPaths } from "@/lib/public/reader-paths";
import { siteUrl } from "@/lib/site-url";

interface ArticlePageProps {
  params: Promise<{ lang: string; id: string }>;
}

export function generateStaticParams() {
  return [];
}

async function loadArticleOr404(params: ArticlePageProps["params"]) {
  const article = await getPublicArticle((await params).id);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = await loadArticleOr404(params);
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

// An article page: the full text, then the way back to its issue and its neighbours.
export default async function ArticlePage({ params }: ArticlePageProps) {
  const [{ t, locale }, article] = await Promise.all([readerLocale(params), loadArticleOr404(params)]);
  const url = `${siteUrl()}${readerPaths("zh-CN").article(article.id)}`;
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: newsArticleJsonLd(article, url) }}
      />
      <ArticlePageView article={article} t={t} locale={locale} paths={readerPaths(locale)} />
    </>
  );
}
