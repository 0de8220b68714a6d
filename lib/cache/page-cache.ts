import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { PUBLIC_CACHE_TTL_MS } from "./public-cache";

export interface CachedPage {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** Reader pages whose HTML is the same for everyone (given the UI language). */
const PUBLIC_PATH = /^\/($|\?|issues(\/|\?|$)|articles\/|search(\?|$)|feed\.xml$|sitemap\.xml$)/;

// Shared through globalThis with public-cache.ts, whose clearPublicCache() empties it too.
const holder = globalThis as unknown as { newsroomPageCache?: LRUCache<string, CachedPage> };
export const pageCache = (holder.newsroomPageCache ??= new LRUCache<string, CachedPage>({ max: 1_000, ttl: PUBLIC_CACHE_TTL_MS }));

/**
 * The micro-cache key of a request, or null when it must reach the app: anything but a plain
 * GET of a reader page (newsroom, sign-in, API, server actions, client-side navigation
 * payloads) is never cached.
 */
export function pageCacheKey(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  const url = req.url ?? "";
  if (req.method !== "GET" || !PUBLIC_PATH.test(url) || url.includes("_rsc=")) return null;
  if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-action"]) return null;
  const locale = /(?:^|;\s*)locale=([\w-]+)/.exec(req.headers.cookie ?? "")?.[1] ?? "";
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) ? "gz" : "id";
  return `${locale}|${gzip}|${url}`;
}

/** Keeps a copy of what the app sends, to be stored when the response completes. */
export function captureResponse(res: ServerResponse, onComplete: (page: CachedPage) => void): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
  const keep = (chunk: unknown) => {
    if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk as Uint8Array));
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
    const cacheable = (res.statusCode === 200 || res.statusCode === 404) && !res.getHeader("set-cookie");
    if (cacheable) onComplete({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
  });
}
