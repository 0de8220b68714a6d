import { LRUCache } from "lru-cache";

/**
 * Public reads are cached in this process for a short time. The TTL is also the bound on
 * how late a scheduled issue can appear: 30 seconds, or PUBLIC_CACHE_TTL_S. Changes made in
 * the newsroom (publish, unpublish, corrections) clear the cache at once.
 */
export const PUBLIC_CACHE_TTL_MS = Number(process.env.PUBLIC_CACHE_TTL_S || 30) * 1000;

const cache = new LRUCache<string, { value: unknown }>({ max: 2_000, ttl: PUBLIC_CACHE_TTL_MS });

export async function cachedPublic<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) return hit.value as T;
  const value = await load();
  cache.set(key, { value });
  return value;
}

/** Drops every cached public read, after a change that readers must see at once. */
export function clearPublicCache(): void {
  cache.clear();
}
