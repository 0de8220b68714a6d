import Link from "next/link";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { ArticleView } from "@/lib/public/find-article-view";
import type { ReaderPaths } from "@/lib/public/reader-paths";

interface ArticleFullProps {
  article: ArticleView;
  t: Messages;
  locale: Locale;
  /** The heading level of the headline: h1 on the article page, h2 inside a printed issue. */
  as?: "h1" | "h2";
  paths: ReaderPaths;
  /** The paper's name in the interface's language, before the issue number. */
  paper: string;
}

/** An article as printed: headline, deck, byline, date, body and its corrections. */
export function ArticleFull({ article, t, locale, as: Heading = "h1", paths, paper }: ArticleFullProps) {
  return (
    <article className="print-article" aria-labelledby={`headline-${article.id}`}>
      <header className="border-b border-rule pb-5 text-center">
        {article.section && (
          <p className="text-sm font-medium tracking-widest text-brand-dark">{article.section.name}</p>
        )}
        <Heading
          id={`headline-${article.id}`}
          className="mt-2 font-serif text-3xl leading-snug font-black sm:text-4xl"
        >
          {article.headline}
        </Heading>
        {article.subtitle && (
          <p className="mt-3 font-serif text-lg text-muted sm:text-xl">{article.subtitle}</p>
        )}
        <p className="mt-4 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-muted">
          {article.byline && <span>{article.byline}</span>}
          <time dateTime={article.issue.date}>{formatIssueDate(article.issue.date, t, false)}</time>
          <Link href={paths.issue(article.issue.number)} className="text-brand-dark hover:underline">
            {paper} {t.issueNumber(article.issue.number)}
          </Link>
        </p>
      </header>
      <div
        className="article-body mx-auto mt-6 max-w-3xl"
        dangerouslySetInnerHTML={{ __html: article.html }}
      />
      {article.corrections.length > 0 && (
        <aside
          aria-labelledby={`corrections-${article.id}`}
          className="mx-auto mt-6 max-w-3xl rounded border border-amber-300 bg-amber-50 p-4"
        >
          <h2 id={`corrections-${article.id}`} className="font-bold text-amber-900" lang={locale}>
            {t.corrections}
          </h2>
          <ul className="mt-2 space-y-2">
            {article.corrections.map((c) => (
              <li key={c.createdAt}>
                <time dateTime={c.createdAt} className="mr-2 text-sm text-amber-900">
                  {t.correctionOn(formatIssueDate(c.date, t, false))}
                </time>
                {c.note}
              </li>
            ))}
          </ul>
        </aside>
      )}
    </article>
  );
}
