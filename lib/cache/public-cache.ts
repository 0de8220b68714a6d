import { LRUCache } from "lru-cache";

/**
 * Public reads are cached in this process for a short time. The TTL is also the bound on
 * how late a scheduled issue can appear: 30 seconds, or PUBLIC_CACHE_TTL_S. Changes made in
 * the newsroom (publish, unpublish, corrections) clear the cache at once.
 */
export const PUBLIC_CACHE_TTL_MS = Number(process.env.PUBLIC_CACHE_TTL_S || 30) * 1000;

type Entry = { value: Promise<unknown> };

// Kept on globalThis so that every copy of this module in the process (routes are bundled
// separately; the dev server reloads modules) shares one cache that a newsroom change clears.
const holder = globalThis as unknown as { newsroomPublicCache?: LRUCache<string, Entry> };
const cache = (holder.newsroomPublicCache ??= new LRUCache<string, Entry>({ max: 2_000, ttl: PUBLIC_CACHE_TTL_MS }));

/**
 * The cached result of `load`, or a fresh one. The promise itself is cached, so concurrent
 * requests for the same page (metadata and body render together) query the database once.
 */
export function cachedPublic<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) return hit.value as Promise<T>;
  const value = load();
  cache.set(key, { value });
  value.catch(() => cache.delete(key));
  return value;
}

/** Drops every cached public read and page, after a change that readers must see at once. */
export function clearPublicCache(): void {
  cache.clear();
  (globalThis as unknown as { newsroomPageCache?: { clear(): void } }).newsroomPageCache?.clear();
}
