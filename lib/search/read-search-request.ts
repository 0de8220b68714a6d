import { firstParam } from "@/lib/http/first-param";
import type { SearchRequest } from "./search-public";

type QueryParams = Record<string, string | string[] | undefined>;

/**
 * The search a query string asks for: the only parameters that change a search page, each read
 * once and bounded. The search page and the server's search-page cache both read requests through
 * here, so two addresses that ask for the same search are the same page.
 */
export function readSearchRequest(params: QueryParams): SearchRequest {
  const year = firstParam(params.year);
  const section = firstParam(params.section);
  return {
    q: firstParam(params.q).trim().slice(0, 100),
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
