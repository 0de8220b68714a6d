import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import Negotiator from "negotiator";
import { databaseUrl } from "@/lib/database-url";
import { readerCacheControl, securityHeaders } from "@/lib/http/response-headers";
import { cachedReaderPagePath } from "@/lib/public/reader-routes";
import { openInvalidationReader } from "@/lib/reader-cache/invalidation-reader.cjs";
import { findPage, type PageArtifact } from "@/lib/reader-cache/page-artifacts.cjs";

/** Headers that ask Next for something other than the page itself (navigation payloads, actions, prefetches). */
const ROUTER_HEADER = /^(rsc|next-.*|x-middleware-prefetch|x-nextjs-data)$/;

const invalidations = openInvalidationReader(databaseUrl());
// On PostgreSQL, read them now rather than at the first request: until a first reading, no kept
// page may be sent, and every request of a process's first moments would be rendered.
invalidations.refresh().catch(() => undefined);

/**
 * A kept page may be sent when no invalidation since its render is known, and what is known is
 * current (on PostgreSQL, read within READER_CACHE_TTL_MS; otherwise Next answers, whose cache
 * handler reads the invalidations first).
 */
export function isServable(page: PageArtifact): boolean {
  return invalidations.isCurrent() && !invalidations.invalidatedSince(page.tags, page.renderedAt);
}

/** Headers every kept page is sent with, flat (name, value, name, value…) as writeHead takes them at once. */
const CONSTANT_HEADERS: string[] = [
  ...securityHeaders().flatMap(({ key, value }) => [key, value]),
  "Cache-Control",
  readerCacheControl(),
  "Vary",
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  "x-reader-cache",
  "hit",
];

/** Whether the client takes gzip, by its Accept-Encoding with q-values (`gzip;q=0` refuses it). */
export function acceptsGzip(req: IncomingMessage): boolean {
  return new Negotiator(req).encoding(["gzip", "identity"]) === "gzip";
}

/** A GET or HEAD for a page itself: nothing in it is addressed to Next's router. */
export function isPlainPageRequest(req: IncomingMessage): boolean {
  return (
    (req.method === "GET" || req.method === "HEAD") &&
    !Object.keys(req.headers).some((name) => ROUTER_HEADER.test(name))
  );
}

/**
 * Sends a kept page as Next would: same body, status, ETag and headers; gzip when accepted.
 * All headers go in one writeHead call: this is the path every cached reader request takes.
 */
export function sendArtifact(req: IncomingMessage, res: ServerResponse, artifact: PageArtifact): void {
  const headers = [...CONSTANT_HEADERS, "Content-Type", artifact.contentType, "ETag", artifact.etag];
  if (req.headers["if-none-match"] === artifact.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  let body = artifact.body;
  if (acceptsGzip(req)) {
    artifact.gzip ??= gzipSync(artifact.body);
    body = artifact.gzip;
    headers.push("Content-Encoding", "gzip");
  }
  headers.push("Content-Length", String(body.length));
  res.writeHead(artifact.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Sends a reader page Next has already rendered without its request pipeline: a cached page
 * then costs a lookup instead of ~1 ms of routing. The page is looked up by path alone (no
 * header, cookie or query can select another; a query string goes to Next), only pages Next
 * rendered are kept (lib/reader-cache/page-artifacts.cjs), and every one is checked against the
 * newsroom's invalidations first. Returns false to let Next answer: it renders and stores the
 * page as a document (lib/reader-cache/reader-document.cjs) and sends what it stored.
 */
export function sendCachedPage(req: IncomingMessage, res: ServerResponse): boolean {
  if (!isPlainPageRequest(req) || !req.url) return false;
  const [pathname, query] = req.url.split("?", 2);
  const pagePath = cachedReaderPagePath(pathname);
  if (pagePath === null) return false;
  const artifact = query === undefined ? findPage(pagePath) : undefined;
  if (!artifact || !isServable(artifact)) return false;
  sendArtifact(req, res, artifact);
  return true;
}
