import { LOCALES } from "@/lib/i18n/messages";

/**
 * Which cached reader pages a newsroom change affects, as Next's own page-cache tags: every
 * cached page carries `_N_T_` + its path (the tags `revalidatePath` uses) and `_N_T_/layout`.
 * The pages live under `/[lang]` (Chinese pages reach it through a rewrite), so each path is
 * named once per UI language.
 */
export interface ReaderPageChange {
  /** Issues whose contents, order, date or visibility changed: their pages and their articles'. */
  issues?: number[];
  /** Articles whose page changed (their issue's pages too, see invalidate-reader-pages.ts). */
  articles?: string[];
  /** Settings shown on every page (the masthead): every reader page. */
  everything?: boolean;
}

const IMPLICIT_TAG = "_N_T_";
/** Every cached page carries its root layout's tag. */
export const EVERY_READER_PAGE = `${IMPLICIT_TAG}/layout`;

const inEveryLanguage = (path: string) => LOCALES.map((lang) => `${IMPLICIT_TAG}/${lang}${path}`);

/**
 * Pages that list issues or recent articles: the front page, 往期 (and its years), the feed
 * and the sitemap. Each is named by its route's tag (`…/page`, `…/route`), which every URL of
 * the route carries whatever the address it was reached by.
 */
export const LISTING_TAGS = [
  "page",
  "issues/page",
  "issues/years/[year]/page",
  "feed.xml/route",
  "sitemap-xml/route",
].map((route) => `${IMPLICIT_TAG}/(public)/[lang]/${route}`);

/** Every article page, for a change too large to name its articles one by one. */
const EVERY_ARTICLE_PAGE = `${IMPLICIT_TAG}/(public)/[lang]/articles/[id]/page`;
/** Beyond this many articles a change names the article route instead: the tag list stays bounded. */
export const MAX_NAMED_ARTICLES = 200;

export function readerPageTags(change: ReaderPageChange): string[] {
  if (change.everything) return [EVERY_READER_PAGE];
  const tags = new Set<string>();
  for (const number of change.issues ?? []) {
    for (const tag of [
      ...inEveryLanguage(`/issues/${number}`),
      ...inEveryLanguage(`/issues/${number}/print`),
    ])
      tags.add(tag);
  }
  const articles = change.articles ?? [];
  if (articles.length > MAX_NAMED_ARTICLES) tags.add(EVERY_ARTICLE_PAGE);
  else for (const id of articles) for (const tag of inEveryLanguage(`/articles/${id}`)) tags.add(tag);
  if ((change.issues ?? []).length > 0) for (const tag of LISTING_TAGS) tags.add(tag);
  return [...tags];
}
