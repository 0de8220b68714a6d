import { HighlightedText } from "@/components/public/highlighted-text";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { readerPaths } from "@/lib/public/reader-paths";
import type { SearchHit, SearchRequest, SearchResults as Results } from "@/lib/search/search-public";

interface SearchResultsProps {
  request: SearchRequest;
  results: Results;
  locale: Locale;
  t: Messages;
}

/**
 * Where and when a result appeared, as one text: two texts side by side get a marker between
 * them when Next renders the page, and none in react-dom/server's static markup, with which the
 * server fills in a search's page (compose-search-page.ts); the two must be the same bytes.
 */
function placeOf(hit: SearchHit, t: Messages): string {
  const issue =
    hit.issue && `${t.issueNumber(hit.issue.number)} · ${formatIssueDate(hit.issue.date, t, false)}`;
  return [issue, hit.section].filter(Boolean).join(" · ");
}

/** What the results are: the words' matches, a year's or section's articles, or why there are none. */
function heading(request: SearchRequest, results: Results, t: Messages): string {
  if (results.kind === "unsearchable") return t.searchUnsearchable(request.q);
  if (results.kind === "found") {
    return results.total > 0
      ? t.searchResults(results.total, request.q, results.capped)
      : t.searchNone(request.q);
  }
  const what = t.listedWhat(request.year, results.sectionName);
  return results.total > 0 ? t.searchListed(results.total, what, results.capped) : t.searchListedNone(what);
}

/**
 * The results of one search. Rendered by the search page, and by the production server into the
 * kept search page (lib/server/compose-search-page.ts) with react-dom/server: so it uses plain
 * links (reader pages are sent without Next's client runtime anyway) and nothing from Next.
 */
export function SearchResults({ request, results, locale, t }: SearchResultsProps) {
  const paths = readerPaths(locale);
  const pageHref = (page: number) => {
    const query = new URLSearchParams({ q: request.q, page: String(page) });
    if (request.year) query.set("year", request.year);
    if (request.section) query.set("section", request.section);
    return `${paths.search}?${query.toString()}`;
  };
  return (
    <section aria-labelledby="results-title" className="mt-8">
      <h2 id="results-title" className="border-b border-rule pb-2 text-muted" lang={locale}>
        {heading(request, results, t)}
      </h2>
      <ol className="divide-y divide-rule">
        {results.hits.map((hit) => (
          <li key={hit.id} className="py-4">
            <h3 className="font-serif text-xl font-bold">
              <a href={paths.article(hit.id)} className="hover:text-brand-dark">
                <HighlightedText parts={hit.headline} />
              </a>
            </h3>
            {hit.subtitle && <p className="font-serif text-muted">{hit.subtitle}</p>}
            <p className="mt-1 font-serif leading-relaxed">
              <HighlightedText parts={hit.snippet} />
            </p>
            <p className="mt-1 text-sm text-muted">
              {placeOf(hit, t)}
              {hit.byline.length > 0 && (
                <span>
                  {placeOf(hit, t) ? " · " : null}
                  <HighlightedText parts={hit.byline} />
                </span>
              )}
            </p>
          </li>
        ))}
      </ol>
      {results.pages > 1 && (
        <nav
          aria-label={t.pageOf(results.page, results.pages)}
          className="mt-6 flex items-center justify-center gap-4"
          lang={locale}
        >
          {results.page > 1 && (
            <a
              href={pageHref(results.page - 1)}
              className="rounded border border-rule px-3 py-1 hover:border-brand"
            >
              {t.previousPage}
            </a>
          )}
          <span className="text-sm text-muted">{t.pageOf(results.page, results.pages)}</span>
          {results.page < results.pages && (
            <a
              href={pageHref(results.page + 1)}
              className="rounded border border-rule px-3 py-1 hover:border-brand"
            >
              {t.nextPage}
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
