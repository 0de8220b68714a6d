import { CREDIT_ROLE_LABELS } from "@/lib/credits/credit-roles";
import type { Database } from "@/lib/db";
import { formatByline } from "@/lib/public/byline";
import { type Highlighted, highlight, snippet } from "./highlight";
import { searchMatches } from "./search-index-sql";
import { tokenizeQuery } from "./tokenize";

export const PAGE_SIZE = 20;
/** Matches are counted, and ranked, up to this many, the newest; beyond it the total reads "1000+". */
export const COUNT_CAP = 1000;

export interface SearchRequest {
  q: string;
  year?: string;
  section?: string;
  page: number;
}

export interface SearchHit {
  id: string;
  headline: Highlighted[];
  subtitle: string;
  /** The credited names, with the searched ones marked (a match on a name shows why it matched). */
  byline: Highlighted[];
  snippet: Highlighted[];
  issue: { number: number; date: string } | null;
  section: string | null;
}

export interface SearchResults {
  total: number;
  /** The total was capped at COUNT_CAP: there are at least that many. */
  capped: boolean;
  /** Whether the query had anything to search for: punctuation alone has not. */
  searchable: boolean;
  page: number;
  pages: number;
  hits: SearchHit[];
}

const ROLE_WORDS = new Set(Object.values(CREDIT_ROLE_LABELS));

/**
 * The words to find. A byline copied from a result (记者 鲁燕 通讯员 王畅) finds what those people
 * wrote: the index holds the credited names without their roles (a role is in every article's
 * byline), so role words beside other words are left out.
 */
function wordsToFind(q: string): string {
  const words = q.split(/\s+/).filter(Boolean);
  const named = words.filter((word) => !ROLE_WORDS.has(word));
  return (named.length > 0 ? named : words).join(" ");
}

/** Reader search: published articles only, ranked, highlighted, filterable, paged. */
export async function searchPublic(db: Database, request: SearchRequest, now: Date): Promise<SearchResults> {
  // What is marked in the results is what was searched for: full-width as half-width, no role words.
  const words = wordsToFind(request.q.normalize("NFKC"));
  const terms = tokenizeQuery(words);
  if (terms.length === 0) return { total: 0, capped: false, searchable: false, page: 1, pages: 0, hits: [] };
  const section = request.section
    ? await db.section.findUnique({ where: { slug: request.section }, select: { id: true } })
    : null;
  const filters = { terms, now: now.getTime(), year: request.year || undefined, sectionId: section?.id };
  const matchesOn = (page: number) =>
    searchMatches(db, filters, { cap: COUNT_CAP, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const requested = Math.max(1, request.page);
  const matches = await matchesOn(requested);
  const capped = matches.counted > COUNT_CAP;
  const total = Math.min(matches.counted, COUNT_CAP);
  const pages = Math.ceil(total / PAGE_SIZE);
  const page = Math.min(requested, Math.max(1, pages));
  // A page beyond the last (an old link, a hand-typed address) shows the last one.
  const ids = page === requested ? matches.ids : (await matchesOn(page)).ids;
  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      headline: true,
      subtitle: true,
      plainText: true,
      section: { select: { name: true } },
      issue: { select: { number: true, date: true } },
      bylines: { orderBy: { position: "asc" }, select: { role: true, person: { select: { name: true } } } },
    },
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const hits = ids.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    return [
      {
        id,
        headline: highlight(article.headline, words),
        subtitle: article.subtitle,
        byline: highlight(
          formatByline(article.bylines.map((b) => ({ role: b.role, name: b.person.name }))),
          words,
        ),
        snippet: snippet(article.plainText.replace(/\n+/g, " "), words),
        issue: article.issue,
        section: article.section?.name ?? null,
      },
    ];
  });
  return { total, capped, searchable: true, page, pages, hits };
}
