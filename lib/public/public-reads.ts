import "server-only";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { connection } from "next/server";
import { cache } from "react";
import { db } from "@/lib/db";
import { type SearchRequest, searchPublic } from "@/lib/search/search-public";
import { DEFAULT_MASTHEAD, getMasthead } from "@/lib/settings/publication-settings";
import { systemClock } from "@/lib/time/clock";
import { findArticleView } from "./find-article-view";
import { findWithdrawnArticle } from "./find-withdrawn-article";
import { findIssueView, findLatestIssueNumber } from "./find-issue-view";
import { listIssuesByYear, listPublicYears } from "./list-issues-by-year";
import { listIssueNumbers } from "./list-public-issue-numbers";
import { listRecentPublicArticles } from "./list-recent-public-articles";
import { publicScope } from "./scope";

// The reader-facing entry points, always in the public scope. The pages that call them are
// cached (lib/reader-cache), so a query runs once per page per change; React's cache() lets a
// page's metadata and body share one query.

export const getFrontPageIssue = cache(async () => {
  const scope = publicScope(systemClock());
  const number = await findLatestIssueNumber(db, scope);
  return number === null ? null : findIssueView(db, number, scope);
});

export const getPublicIssue = cache((number: number) =>
  findIssueView(db, number, publicScope(systemClock())),
);

export function getPublicIssueYears(year?: number) {
  return listIssuesByYear(db, publicScope(systemClock()), year);
}

export function getPublicIssueNumbers() {
  return listIssueNumbers(db, publicScope(systemClock()));
}

export const getPublicArticle = cache((id: string) => findArticleView(db, id, publicScope(systemClock())));

/** An article readers had and no longer have (only asked when getPublicArticle found nothing). */
export const getWithdrawnArticle = cache((id: string) => findWithdrawnArticle(db, id, systemClock()));

/** The years that have public issues, for the search filter. */
export function getPublicYears() {
  return listPublicYears(db, publicScope(systemClock()));
}

export function getRecentPublicArticles(take: number) {
  return listRecentPublicArticles(db, systemClock(), take);
}

export function getPublicSearch(request: SearchRequest) {
  return searchPublic(db, request, systemClock());
}

export function getSections() {
  return db.section.findMany({ orderBy: { position: "asc" }, select: { name: true, slug: true } });
}

export const getPublicMasthead = cache(() => getMasthead(db));

/**
 * The masthead of the page for an unknown address. Next renders that page inside every page
 * (as its not-found boundary) and once at build time, when there is no database: that render
 * has the default names. It is kept like a reader page, and is older than the invalidation of
 * every page that a new build's first start makes (claim-page-cache.ts), as every masthead
 * change makes, so the next unknown address asked for renders it again with the saved names.
 */
export function getMastheadOfNotFound() {
  return process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD ? DEFAULT_MASTHEAD : getPublicMasthead();
}

/**
 * The masthead for pages rendered per request (the newsroom, sign-in):
 * marked as such, so that the build, which has no database, does not try to render them.
 */
export async function getMastheadPerRequest() {
  await connection();
  return getPublicMasthead();
}
