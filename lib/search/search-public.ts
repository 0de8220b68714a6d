import { CREDIT_ROLE_LABELS } from "@/lib/credits/credit-roles";
import type { Database } from "@/lib/db";
import { formatByline } from "@/lib/public/byline";
import { READING_ORDER_BY } from "@/lib/public/reading-order";
import { publicScope } from "@/lib/public/scope";
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
  /**
   * `found`: ranked matches of the words; `listed`: no words, a year or a section: what it holds,
   * newest first; `unsearchable`: words of punctuation alone, which find nothing.
   */
  kind: "found" | "listed" | "unsearchable";
  total: number;
  /** The total was capped at COUNT_CAP: there are at least that many. */
  capped: boolean;
  page: number;
  pages: number;
  hits: SearchHit[];
  /** The section's name when a section was asked for (its address carries the slug only). */
  sectionName: string | null;
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

/** Which page of at most COUNT_CAP results is shown: a page beyond the last (an old link) shows the last. */
function pageWithin(counted: number, requested: number) {
  const total = Math.min(counted, COUNT_CAP);
  const pages = Math.ceil(total / PAGE_SIZE);
  return {
    total,
    capped: counted > COUNT_CAP,
    pages,
    page: Math.min(Math.max(1, requested), Math.max(1, pages)),
  };
}

/**
 * Reader search: published articles only, ranked, highlighted, filterable, paged. Without words,
 * a year or a section lists its articles: newest issue first, each issue in reading order.
 */
export async function searchPublic(db: Database, request: SearchRequest, now: Date): Promise<SearchResults> {
  // What is marked in the results is what was searched for: full-width as half-width, no role words.
  const words = wordsToFind(request.q.normalize("NFKC"));
  const terms = tokenizeQuery(words);
  const kind =
    terms.length > 0
      ? "found"
      : request.q.trim() === "" && (request.year || request.section)
        ? "listed"
        : "unsearchable";
  const section =
    kind !== "unsearchable" && request.section
      ? await db.section.findUnique({ where: { slug: request.section }, select: { id: true, name: true } })
      : null;
  const sectionId = section?.id;
  const sectionName = section?.name ?? null;
  // An unknown section holds nothing: it is not dropped, or the results would claim to be its.
  if (kind === "unsearchable" || (request.section && !section)) {
    return { kind, total: 0, capped: false, page: 1, pages: 0, hits: [], sectionName };
  }
  if (kind === "listed") {
    const { ids, ...shown } = await listPublic(db, { year: request.year, sectionId }, request.page, now);
    return { kind, ...shown, hits: await hitsOf(db, ids, ""), sectionName };
  }
  const filters = { terms, now: now.getTime(), year: request.year || undefined, sectionId };
  const matchesOn = (page: number) =>
    searchMatches(db, filters, { cap: COUNT_CAP, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const matches = await matchesOn(Math.max(1, request.page));
  const shown = pageWithin(matches.counted, request.page);
  const ids = shown.page === Math.max(1, request.page) ? matches.ids : (await matchesOn(shown.page)).ids;
  return { kind: "found", ...shown, hits: await hitsOf(db, ids, words), sectionName };
}

/** One page of a year's or a section's public articles: newest issue first, each in reading order. */
async function listPublic(
  db: Database,
  filters: { year?: string; sectionId?: string },
  requestedPage: number,
  now: Date,
) {
  const where = {
    AND: [
      publicScope(now).article,
      ...(filters.sectionId === undefined ? [] : [{ sectionId: filters.sectionId }]),
      ...(filters.year ? [{ issue: { date: { startsWith: `${filters.year}-` } } }] : []),
    ],
  };
  const shown = pageWithin(await db.article.count({ where, take: COUNT_CAP + 1 }), requestedPage);
  const listed = await db.article.findMany({
    where,
    orderBy: [{ issue: { date: "desc" } }, { issue: { number: "desc" } }, ...READING_ORDER_BY],
    skip: (shown.page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true },
  });
  return { ...shown, ids: listed.map((article) => article.id) };
}

/** The results for these article ids, in this order, with `words` marked. */
async function hitsOf(db: Database, ids: string[], words: string): Promise<SearchHit[]> {
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
  return ids.flatMap((id) => {
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
}
