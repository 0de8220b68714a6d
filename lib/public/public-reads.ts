import "server-only";
import { cachedPublic } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { type SearchRequest, searchPublic } from "@/lib/search/search-public";
import { getMasthead } from "@/lib/settings/publication-settings";
import { systemClock } from "@/lib/time/clock";
import { findArticleView } from "./find-article-view";
import { findIssueView, findLatestIssueNumber } from "./find-issue-view";
import { listIssuesByYear } from "./list-issues-by-year";
import { listIssueNumbers } from "./list-public-issue-numbers";
import { listRecentPublicArticles } from "./list-recent-public-articles";
import { publicScope } from "./scope";

// The reader-facing entry points: always the public scope, always through the short cache.

export function getFrontPageIssue() {
  return cachedPublic("front", async () => {
    const scope = publicScope(systemClock());
    const number = await findLatestIssueNumber(db, scope);
    return number === null ? null : findIssueView(db, number, scope);
  });
}

export function getPublicIssue(number: number) {
  return cachedPublic(`issue:${number}`, () => findIssueView(db, number, publicScope(systemClock())));
}

export function getPublicIssueYears(year?: number) {
  return cachedPublic(`years:${year ?? ""}`, () => listIssuesByYear(db, publicScope(systemClock()), year));
}

export function getPublicIssueNumbers() {
  return cachedPublic("issue-numbers", () => listIssueNumbers(db, publicScope(systemClock())));
}

export function getPublicArticle(id: string) {
  return cachedPublic(`article:${id}`, () => findArticleView(db, id, publicScope(systemClock())));
}

export function getRecentPublicArticles(take: number) {
  return cachedPublic(`recent:${take}`, () => listRecentPublicArticles(db, systemClock(), take));
}

export function getPublicSearch(request: SearchRequest) {
  return cachedPublic(`search:${JSON.stringify(request)}`, () => searchPublic(db, request, systemClock()));
}

export function getSections() {
  return cachedPublic("sections", () => db.section.findMany({ orderBy: { position: "asc" }, select: { name: true, slug: true } }));
}

export function getPublicMasthead() {
  return cachedPublic("masthead", () => getMasthead(db));
}
