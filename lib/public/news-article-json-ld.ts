import type { ArticleView } from "./find-article-view";

/** schema.org NewsArticle for an article page (`paper`: its publisher), as a JSON string safe inside a <script>. */
export function newsArticleJsonLd(article: ArticleView, url: string, paper: string): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    alternativeHeadline: article.subtitle || undefined,
    description: article.description,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.corrections.at(-1)?.createdAt ?? article.publishedAt ?? undefined,
    articleSection: article.section?.name,
    inLanguage: "zh-CN",
    mainEntityOfPage: url,
    author:
      article.credits.length > 0
        ? article.credits.map((credit) => ({ "@type": "Person", name: credit.name }))
        : undefined,
    publisher: { "@type": "Organization", name: paper },
    isPartOf: {
      "@type": "PublicationIssue",
      issueNumber: String(article.issue.number),
      datePublished: article.issue.date,
    },
  };
  // "<" escaped so that no text in an article can close the script element.
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
