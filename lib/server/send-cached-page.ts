import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { databaseUrl } from "@/lib/database-url";
import { readerCacheControl, securityHeaders } from "@/lib/http/response-headers";
import { cachedReaderPagePath } from "@/lib/public/reader-routes";
import { openInvalidationReader } from "@/lib/reader-cache/invalidation-reader.cjs";
import { pageArtifacts } from "@/lib/reader-cache/page-artifacts.cjs";

/** Headers that ask Next for something other than the page itself (navigation payloads, actions, prefetches). */
const ROUTER_HEADER = /^(rsc|next-.*|x-middleware-prefetch|x-nextjs-data)$/;

const invalidations = openInvalidationReader(path.resolve(databaseUrl().replace(/^file:/, "")));
const CONSTANT_HEADERS: [string, string][] = [
  ...securityHeaders().map(({ key, value }): [string, string] => [key, value]),
  ["Cache-Control", readerCacheControl()],
  ["Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding"],
];

/** A request for exactly a reader page: GET or HEAD, no query string, nothing addressed to Next's router. */
function plainPagePath(req: IncomingMessage): string | null {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url || req.url.includes("?")) return null;
  if (Object.keys(req.headers).some((name) => ROUTER_HEADER.test(name))) return null;
  return cachedReaderPagePath(req.url);
}

/**
 * Sends a reader page Next has already rendered, as Next would (same body, status, ETag and
 * headers), without its request pipeline: a cached page then costs a lookup instead of ~1 ms
 * of routing. The page is looked up by path alone (no header, cookie or query can select
 * another), only pages Next rendered are kept (lib/reader-cache/page-artifacts.cjs), and every
 * one is checked against the newsroom's invalidations first. Returns false to let Next answer.
 */
export function sendCachedPage(req: IncomingMessage, res: ServerResponse): boolean {
  const pagePath = plainPagePath(req);
  const artifact = pagePath === null ? undefined : pageArtifacts().get(pagePath);
  if (!artifact || invalidations.invalidatedSince(artifact.tags, artifact.renderedAt)) return false;
  for (const [name, value] of CONSTANT_HEADERS) res.setHeader(name, value);
  res.setHeader("Content-Type", artifact.contentType);
  res.setHeader("ETag", artifact.etag);
  res.setHeader("x-reader-cache", "hit");
  if (req.headers["if-none-match"] === artifact.etag) {
    res.writeHead(304).end();
    return true;
  }
  let body = artifact.body;
  if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    artifact.gzip ??= gzipSync(artifact.body);
    body = artifact.gzip;
    res.setHeader("Content-Encoding", "gzip");
  }
  res.setHeader("Content-Length", body.length);
  res.writeHead(artifact.status);
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
