import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";
import type { ArticleSummary } from "@/lib/public/article-summary";
import type { ReaderPaths } from "@/lib/public/reader-paths";
import { PhotoFigure } from "./photo-figure";

/** The front page's lead story: the largest headline on the page, its deck and opening. */
export function LeadStory({
  article,
  t,
  paths,
}: {
  article: ArticleSummary;
  t: Messages;
  paths: ReaderPaths;
}) {
  return (
    <article aria-labelledby={`lead-${article.id}`} className="py-6">
      <p className="mb-2 inline-block bg-brand px-2 py-0.5 text-xs font-bold tracking-widest text-white">
        {t.leadStory}
      </p>
      <h2 id={`lead-${article.id}`} className="font-serif text-3xl leading-snug font-black sm:text-4xl">
        <Link href={paths.article(article.id)} className="hover:text-brand-dark">
          {article.headline}
        </Link>
      </h2>
      {article.subtitle && (
        <p className="mt-3 font-serif text-lg text-muted sm:text-xl">{article.subtitle}</p>
      )}
      <p className="mt-3 text-sm text-muted">{article.byline}</p>
      {article.photo && (
        <PhotoFigure photo={article.photo} sizes="(max-width: 1024px) 100vw, 640px" className="mt-4" />
      )}
      <p className="mt-4 font-serif text-lg leading-loose">{article.excerpt}</p>
      <Link
        href={paths.article(article.id)}
        className="mt-4 inline-block rounded border border-brand px-4 py-1.5 text-brand-dark hover:bg-brand hover:text-white"
      >
        {t.readMore}
        <span className="sr-only">：{article.headline}</span>
      </Link>
    </article>
  );
}
