/**
 * The one reader-facing order of an issue's articles: the planner's section order, then each
 * article's position within the issue; articles without a section come last. The front page's
 * 目录, the issue page, print, previous/next, the feed and the preview all sort with this.
 */
export interface ReadingOrderKey {
  position: number;
  section: { position: number } | null;
}

export function compareReadingOrder(a: ReadingOrderKey, b: ReadingOrderKey): number {
  const sectionA = a.section?.position ?? Number.MAX_SAFE_INTEGER;
  const sectionB = b.section?.position ?? Number.MAX_SAFE_INTEGER;
  return sectionA - sectionB || a.position - b.position;
}

/**
 * The same order as the database sorts it, for lists read a page at a time (the search's
 * listing of a section or a year). Articles without a section are rare; where there are any,
 * SQLite puts them first and PostgreSQL last.
 */
export const READING_ORDER_BY = [{ section: { position: "asc" } }, { position: "asc" }] as const;

export function inReadingOrder<T extends ReadingOrderKey>(articles: readonly T[]): T[] {
  return [...articles].sort(compareReadingOrder);
}
