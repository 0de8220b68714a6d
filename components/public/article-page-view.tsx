import Link from "next/link";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { ArticleView } from "@/lib/public/find-article-view";
import type { ReaderPaths } from "@/lib/public/reader-paths";
import { ArticleFull } from "./article-full";

interface ArticlePageViewProps {
  article: ArticleView;
  t: Messages;
  locale: Locale;
  paths: ReaderPaths;
  /** The paper's name in the interface's language. */
  paper: string;
}

/** An article page: breadcrumb, the full text, its neighbours in the issue and the way back. */
export function ArticlePageView({ article, t, locale, paths, paper }: ArticlePageViewProps) {
  const issueHref = paths.issue(article.issue.number);
  return (
    <div className="py-8">
      <nav aria-label={t.breadcrumb} className="no-print mb-6 text-sm text-muted" lang={locale}>
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href={paths.home} className="hover:text-brand-dark">
              {t.nav.home}
            </Link>
            <span aria-hidden="true" className="ml-2">
              ›
            </span>
          </li>
          <li>
            <Link href={issueHref} className="hover:text-brand-dark">
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
      <ArticleFull article={article} t={t} locale={locale} paths={paths} paper={paper} />
      <nav
        aria-label={t.articleNav}
        className="no-print mx-auto mt-10 grid max-w-3xl gap-4 border-t border-rule pt-6 sm:grid-cols-2"
      >
        {article.previous ? (
          <Link
            href={paths.article(article.previous.id)}
            className="rounded border border-rule p-4 hover:border-brand"
          >
            <span className="block text-sm text-muted" lang={locale}>
              ← {t.previousArticle}
            </span>
            <span className="font-serif">{article.previous.headline}</span>
          </Link>
        ) : (
          <span />
        )}
        {article.next && (
          <Link
            href={paths.article(article.next.id)}
            className="rounded border border-rule p-4 text-right hover:border-brand"
          >
            <span className="block text-sm text-muted" lang={locale}>
              {t.nextArticle} →
            </span>
            <span className="font-serif">{article.next.headline}</span>
          </Link>
        )}
      </nav>
      <p className="no-print mt-6 text-center">
        <Link href={issueHref} className="text-brand-dark hover:underline" lang={locale}>
          {t.backToIssue(article.issue.number)}
        </Link>
      </p>
    </div>
  );
}
