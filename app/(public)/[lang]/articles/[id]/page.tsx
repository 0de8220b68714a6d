import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePageView } from "@/components/public/article-page-view";
import { getLocale } from "@/lib/i18n/get-locale";
import { newsArticleJsonLd } from "@/lib/public/news-article-json-ld";
import { getPublicArticle } from "@/lib/public/public-reads";
import { siteUrl } from "@/lib/site-url";

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
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: newsArticleJsonLd(article, `${siteUrl()}/articles/${article.id}`) }} />
      <ArticlePageView article={article} t={t} locale={locale} />
    </>
  );
}
