import type { IncomingMessage, ServerResponse } from "node:http";
import { generateETag } from "next/dist/server/lib/etag";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/messages";
import { findPage, keepPage, type PageArtifact } from "@/lib/reader-cache/page-artifacts.cjs";
import { EVERY_READER_PAGE, LISTING_TAGS } from "@/lib/reader-cache/reader-page-tags";
import { readSearchQuery, searchRequestKey } from "@/lib/search/read-search-request";
import { type SearchRequest, searchPublic } from "@/lib/search/search-public";
import { systemClock } from "@/lib/time/clock";
import { composeSearchPage, isSearchFrame } from "./compose-search-page";
import type { RenderSlots } from "./render-slots";
import { sendAsDocument, type SentDocument } from "./send-as-document";
import { isPlainPageRequest, isServable, sendArtifact } from "./send-cached-page";

/**
 * Search pages, the one reader page that is made per request, kept per distinct search until the
 * newsroom publishes, withdraws or corrects anything (a search can find any public article, so
 * it is invalidated with the pages that list them). The key is the search itself as the page
 * reads it (lib/search/read-search-request.ts): no header, cookie or other parameter can select
 * or change what another reader receives. Kept in memory and in the file every server process
 * shares (lib/reader-cache/page-artifacts.cjs), which holds the newest 20,000 searches.
 *
 * A search nobody made since the last change is made here from the kept page without a query
 * and the results (compose-search-page.ts): a few milliseconds instead of ~30 for Next to render
 * it. Only a search with a year or section, or one before the page without a query is kept, is
 * rendered by Next, and what Next sends is kept the same way.
 */
const SEARCH_TAGS = [EVERY_READER_PAGE, ...LISTING_TAGS];

const SEARCH_PATHS: Record<string, Locale> = { "/search": "zh-CN", "/en/search": "en" };

interface SearchPage {
  key: string;
  /** The page without a query in the same language: the frame of every search's page. */
  frameKey: string;
  pathname: string;
  locale: Locale;
  request: SearchRequest;
}

const keyOf = (pathname: string, request: SearchRequest) => `search:${pathname} ${searchRequestKey(request)}`;

function searchPageOf(req: IncomingMessage): SearchPage | null {
  if (!isPlainPageRequest(req) || !req.url) return null;
  const url = new URL(req.url, "http://localhost");
  const locale = SEARCH_PATHS[url.pathname];
  if (!locale) return null;
  const request = readSearchQuery(url.searchParams);
  return {
    key: keyOf(url.pathname, request),
    frameKey: keyOf(url.pathname, readSearchQuery(new URLSearchParams())),
    pathname: url.pathname,
    locale,
    request,
  };
}

export interface SearchPages {
  /** Sends or makes a search page; false when Next must render it (what Next sends is then kept). */
  answer(req: IncomingMessage, res: ServerResponse): boolean;
}

/**
 * @param renders the render slots reader renders wait for: making a search's page is one
 * @param renderWithNext lets Next answer, when a search's page cannot be made here after all
 * @param askForFrame has the page without a query rendered and kept (a request to this server)
 */
export function searchPages(
  renders: RenderSlots,
  renderWithNext: (req: IncomingMessage, res: ServerResponse) => void,
  askForFrame: (pathname: string) => Promise<void>,
): SearchPages {
  const framesAsked = new Set<string>();

  /**
   * The kept page without a query and its HTML, if it is current and can be filled in; else asks
   * for it once.
   */
  function frameFor(search: SearchPage): { frame: PageArtifact; html: string } | null {
    const frame = findPage(search.frameKey);
    const html = frame && isServable(frame) ? frame.body.toString("utf8") : null;
    if (frame && html !== null && isSearchFrame(html, search.locale)) return { frame, html };
    if (!framesAsked.has(search.pathname)) {
      framesAsked.add(search.pathname);
      void askForFrame(search.pathname)
        .catch(() => undefined)
        .finally(() => framesAsked.delete(search.pathname));
    }
    return null;
  }

  async function compose(
    search: SearchPage,
    { frame, html: frameHtml }: { frame: PageArtifact; html: string },
    req: IncomingMessage,
    res: ServerResponse,
  ) {
    const startedAt = Date.now();
    const results = await searchPublic(db, search.request, systemClock());
    const html = composeSearchPage(frameHtml, search.locale, search.request, results);
    // Current until the newsroom changes anything after the older of its two parts.
    const page = keepSearchPage(
      search.key,
      Buffer.from(html),
      frame.contentType,
      Math.min(startedAt, frame.renderedAt),
    );
    sendArtifact(req, res, page);
  }

  return {
    answer(req, res) {
      const search = searchPageOf(req);
      if (search === null) return false;
      const kept = findPage(search.key);
      if (kept && isServable(kept)) {
        sendArtifact(req, res, kept);
        return true;
      }
      const plainSearch = search.request.q && !search.request.year && !search.request.section;
      const frame = plainSearch ? frameFor(search) : null;
      if (frame) {
        renders.run(res, () => void compose(search, frame, req, res).catch(() => renderWithNext(req, res)));
        return true;
      }
      const startedAt = Date.now();
      sendAsDocument(req, res, (sent) => keepSent(search.key, startedAt, sent));
      return false;
    },
  };
}

/** Keeps a search's page (in this process and the shared file) and returns it as kept. */
function keepSearchPage(key: string, body: Buffer, contentType: string, renderedAt: number): PageArtifact {
  const page = {
    body,
    status: 200,
    contentType,
    etag: generateETag(body.toString("utf8")),
    tags: SEARCH_TAGS,
    renderedAt,
  };
  keepPage(key, page, true);
  return page;
}

/** Keeps the page Next sent, when it is a plain page anyone may be sent. */
function keepSent(key: string, startedAt: number, sent: SentDocument): void {
  if (sent.status !== 200 || !sent.contentType.startsWith("text/html") || sent.hasCookie) return;
  keepSearchPage(key, sent.body, sent.contentType, startedAt);
}
