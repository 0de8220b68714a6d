import { firstParam } from "@/lib/http/first-param";
import type { SearchRequest } from "./search-public";

type QueryParams = Record<string, string | string[] | undefined>;

/** Characters a search box can take; longer queries are cut (by character, never inside one). */
const QUERY_CHARACTERS = 100;

/** The words searched for: control characters (a NUL, a line break) read as spaces. */
function readQuery(raw: string): string {
  const text = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim();
  return Array.from(text).slice(0, QUERY_CHARACTERS).join("").trim();
}

/**
 * The search a query string asks for: the only parameters that change a search page, each read
 * once and bounded. The search page and the server's search-page cache both read requests through
 * here, so two addresses that ask for the same search are the same page.
 */
export function readSearchRequest(params: QueryParams): SearchRequest {
  const year = firstParam(params.year);
  const section = firstParam(params.section);
  return {
    q: readQuery(firstParam(params.q)),
    year: /^\d{4}$/.test(year) ? year : undefined,
    section: /^[a-z0-9-]{1,40}$/.test(section) ? section : undefined,
    page: Math.min(1000, Math.max(1, Number.parseInt(firstParam(params.page) || "1", 10) || 1)),
  };
}

/** The same parameters from a URL's query string (`URLSearchParams` keeps repeats as arrays here). */
export function readSearchQuery(search: URLSearchParams): SearchRequest {
  const params: QueryParams = {};
  for (const key of new Set(search.keys())) params[key] = search.getAll(key);
  return readSearchRequest(params);
}

/** One string per distinct search. */
export function searchRequestKey(request: SearchRequest): string {
  return JSON.stringify([request.q, request.year ?? "", request.section ?? "", request.page]);
}
