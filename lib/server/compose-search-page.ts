import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SearchResults } from "@/components/public/search-results";
import type { Locale } from "@/lib/i18n/messages";
import { MESSAGES } from "@/lib/i18n/messages";
import type { SearchRequest, SearchResults as Results } from "@/lib/search/search-public";

/**
 * A search's page made from the search page Next rendered without a query (kept like any reader
 * page) and the results, rendered here by the same component the search page uses. A page Next
 * renders per search costs ~25 ms of its pipeline; this costs the search itself. The page
 * without a query differs from a search's page in three places only: the title (also in the
 * og/twitter titles), the search box's value, and the hint where the results go. Each is found
 * exactly as React writes it, or nothing is composed and Next renders the search as before;
 * e2e/reading/search-pages.spec.ts checks that the two are the same bytes.
 */

/** React's escaping of text and attribute values, so that what is filled in is what React would write. */
export function escapeLikeReact(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
};

const TITLE = /<title>([^<]*)<\/title>/;
const EMPTY_SEARCH_BOX = ' name="q" value=""';

/** The hint the page without a query shows where a search's results go. */
const hintOf = (locale: Locale) =>
  `<p class="mt-8 text-muted" lang="${locale}">${escapeLikeReact(MESSAGES[locale].searchHint)}</p>`;

/** Whether `part` occurs exactly once in `html`. */
const once = (html: string, part: string) => {
  const at = html.indexOf(part);
  return at >= 0 && html.indexOf(part, at + part.length) < 0;
};

/**
 * Whether a page can be the frame of a search's page: it has each of the three places once.
 * Checked before searching, so a page that cannot be filled in costs nothing.
 */
export function isSearchFrame(html: string, locale: Locale): boolean {
  const title = html.match(TITLE)?.[1];
  return (
    title !== undefined &&
    title.startsWith(escapeLikeReact(MESSAGES[locale].searchTitle)) &&
    once(html, `<title>${title}</title>`) &&
    once(html, EMPTY_SEARCH_BOX) &&
    once(html, hintOf(locale))
  );
}

/** The page of one search (no year or section chosen: the frame has none selected). */
export function composeSearchPage(
  frame: string,
  locale: Locale,
  request: SearchRequest,
  results: Results,
): string {
  const title = frame.match(TITLE)![1];
  // The search page's title is "<query> - <its title without one>" (its generateMetadata).
  const searchTitle = `${escapeLikeReact(request.q)} - ${title}`;
  const resultsHtml = renderToStaticMarkup(
    createElement(SearchResults, { request, results, locale, t: MESSAGES[locale] }),
  );
  return frame
    .replace(`<title>${title}</title>`, () => `<title>${searchTitle}</title>`)
    .replaceAll(`content="${title}"`, () => `content="${searchTitle}"`)
    .replace(EMPTY_SEARCH_BOX, () => ` name="q" value="${escapeLikeReact(request.q)}"`)
    .replace(hintOf(locale), () => resultsHtml);
}
