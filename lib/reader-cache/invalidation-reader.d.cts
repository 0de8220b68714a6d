export declare const RENDER_MARGIN_MS: number;
export interface InvalidationReader {
  /** Whether a page with these tags, rendered at `renderedAt`, is out of date by what the reader knows. */
  invalidatedSince(tags: string[], renderedAt: number): boolean;
  /** Whether what it knows is recent enough to vouch for a page (SQLite: always). */
  isCurrent(): boolean;
  /** Reads the invalidations again (PostgreSQL), from now. */
  refresh(): Promise<void>;
}
export declare function openInvalidationReader(
  databaseUrl: string,
  options?: { ttlMs?: number },
): InvalidationReader;
