import type { IncomingMessage, ServerResponse } from "node:http";
import { generateETag } from "next/dist/server/lib/etag";
import { findPage, keepPage } from "@/lib/reader-cache/page-artifacts.cjs";
import { EVERY_READER_PAGE, LISTING_TAGS } from "@/lib/reader-cache/reader-page-tags";
import { readSearchQuery, searchRequestKey } from "@/lib/search/read-search-request";
import { sendAsDocument, type SentDocument } from "./send-as-document";
import { isPlainPageRequest, isServable, sendArtifact } from "./send-cached-page";

/**
 * Search pages, the one reader page Next renders per request (10–40 ms each here), kept per
 * distinct search until the newsroom publishes, withdraws or corrects anything (a search can
 * find any public article, so it is invalidated with the pages that list them). The key is the
 * search itself as the page reads it (lib/search/read-search-request.ts): no header, cookie or
 * other parameter can select or change what another reader receives. Only plain 200 HTML
 * responses without cookies are kept, in memory and in the file every server process shares
 * (lib/reader-cache/page-artifacts.cjs), which holds the newest 20,000 searches.
 */
const SEARCH_TAGS = [EVERY_READER_PAGE, ...LISTING_TAGS];

function searchPageKey(req: IncomingMessage): string | null {
  if (!isPlainPageRequest(req) || !req.url) return null;
  const url = new URL(req.url, "http://localhost");
  if (url.pathname !== "/search" && url.pathname !== "/en/search") return null;
  return `search:${url.pathname} ${searchRequestKey(readSearchQuery(url.searchParams))}`;
}

/** Keeps the page Next sent, when it is a plain page anyone may be sent. */
function keepSent(key: string, startedAt: number, sent: SentDocument): void {
  if (sent.status !== 200 || !sent.contentType.startsWith("text/html") || sent.hasCookie) return;
  keepPage(
    key,
    {
      body: sent.body,
      status: 200,
      contentType: sent.contentType,
      etag: generateETag(sent.body.toString("utf8")),
      tags: SEARCH_TAGS,
      renderedAt: startedAt,
    },
    true,
  );
}

/** Sends a kept search page, or arranges to keep the one Next is about to render. Returns true when answered. */
export function sendOrKeepSearchPage(req: IncomingMessage, res: ServerResponse): boolean {
  const key = searchPageKey(req);
  if (key === null) return false;
  const page = findPage(key);
  if (page && isServable(page)) {
    sendArtifact(req, res, page);
    return true;
  }
  const startedAt = Date.now();
  sendAsDocument(req, res, (sent) => keepSent(key, startedAt, sent));
  return false;
}
