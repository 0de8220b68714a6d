import type { IncomingMessage, ServerResponse } from "node:http";
import { generateETag } from "next/dist/server/lib/etag";
import { findPage, keepPage } from "@/lib/reader-cache/page-artifacts.cjs";
import { EVERY_READER_PAGE, LISTING_TAGS } from "@/lib/reader-cache/reader-page-tags";
import { readSearchQuery, searchRequestKey } from "@/lib/search/read-search-request";
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

/** Keeps a copy of the page Next sends, when it is a plain page anyone may be sent. */
function keepResponse(res: ServerResponse, key: string, startedAt: number): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
  const keep = (chunk: unknown) => {
    if (typeof chunk === "string" || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return end(chunk, ...rest);
  }) as typeof res.end;
  res.on("finish", () => {
    const type = String(res.getHeader("content-type") ?? "");
    if (
      res.statusCode !== 200 ||
      !type.startsWith("text/html") ||
      res.getHeader("set-cookie") ||
      res.getHeader("content-encoding")
    )
      return;
    const body = Buffer.concat(chunks);
    keepPage(
      key,
      {
        body,
        status: 200,
        contentType: type,
        etag: generateETag(body.toString("utf8")),
        tags: SEARCH_TAGS,
        renderedAt: startedAt,
      },
      true,
    );
  });
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
  // A HEAD response has no page to keep. Next would compress for this client; the kept copy must be the page itself.
  if (req.method !== "GET") return false;
  delete req.headers["accept-encoding"];
  keepResponse(res, key, Date.now());
  return false;
}
