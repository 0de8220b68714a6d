import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";
import type { ArticleSummary } from "@/lib/public/article-summary";
import type { ReaderPaths } from "@/lib/public/reader-paths";

/** An article in a list: headline, deck, byline and, optionally, its opening lines. */
interface ArticleTeaserProps {
  article: ArticleSummary;
  t: Messages;
  withExcerpt?: boolean;
  paths: ReaderPaths;
}

export function ArticleTeaser({ article, t, withExcerpt = true, paths }: ArticleTeaserProps) {
  return (
    <article className="border-b border-rule py-4 last:border-b-0">
      <h3 className="font-serif text-xl leading-snug font-bold">
        <Link href={paths.article(article.id)} className="hover:text-brand-dark">
          {article.headline}
        </Link>
        {article.corrected && (
          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 align-middle font-sans text-xs font-medium text-amber-900">
            {t.corrected}
          </span>
        )}
      </h3>
      {article.subtitle && <p className="mt-1 font-serif text-muted">{article.subtitle}</p>}
      <p className="mt-1 text-sm text-muted">{article.byline}</p>
      {withExcerpt && <p className="mt-2 line-clamp-3 font-serif leading-relaxed">{article.excerpt}</p>}
    </article>
  );
}
