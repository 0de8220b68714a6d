/**
 * Where reader pages live, for the router (next.config.ts rewrites) and for the production
 * server's fast path (lib/server/serve-site.ts): one table, so both map an address to the same
 * page. Chinese pages are served at the root from the `[lang]` routes under `/zh-CN`; English
 * ones are addressed as they are (`/en/…`).
 */
export const CHINESE_PAGE_PREFIX = "/zh-CN";

/** Chinese reader addresses and the internal route each is rewritten to. */
export const CHINESE_READER_REWRITES: { source: string; destination: string }[] = [
  { source: "/", destination: CHINESE_PAGE_PREFIX },
  ...["/issues", "/issues/:path*", "/articles/:path*", "/search", "/feed.xml"].map((source) => ({
    source,
    destination: `${CHINESE_PAGE_PREFIX}${source}`,
  })),
  // A route folder named sitemap.xml would be taken for Next's build-time sitemap file.
  { source: "/sitemap.xml", destination: `${CHINESE_PAGE_PREFIX}/sitemap-xml` },
];

/** Reader addresses whose responses shared caches may keep. */
export const SHAREABLE_READER_PATHS = [
  "/",
  "/issues",
  "/issues/:path*",
  "/articles/:path*",
  "/search",
  "/en",
  "/en/:path*",
  "/feed.xml",
  "/sitemap.xml",
  "/robots.txt",
  // Any other address outside the newsroom (a made-up one: 404), which Next would otherwise mark
  // for shared caches to keep a year.
  "/:path((?!(?:newsroom|api|_next|login|setup)(?:/|$)).*)",
];

/** Chinese reader pages with an address of their own below the root (all but the front page and search). */
const CACHED_CHINESE_PAGE = /^\/(issues(\/[\w-]+)*|articles\/[\w-]+)$/;

/** The same page in the other language, for the language switch; "/" for anything else. */
export function otherLanguagePath(pathname: string): string {
  if (pathname === "/en" || pathname.startsWith("/en/")) return pathname.slice(3) || "/";
  if (pathname === "/") return "/en";
  return pathname === "/search" || CACHED_CHINESE_PAGE.test(pathname) ? `/en${pathname}` : "/";
}

/**
 * The page-cache path of a reader address whose page is rendered once and kept (not search),
 * or null. `/articles/x` → `/zh-CN/articles/x`, `/en/issues/3` → itself.
 */
export function cachedReaderPagePath(pathname: string): string | null {
  if (pathname === "/") return CHINESE_PAGE_PREFIX;
  if (pathname === "/feed.xml") return `${CHINESE_PAGE_PREFIX}/feed.xml`;
  if (pathname === "/sitemap.xml") return `${CHINESE_PAGE_PREFIX}/sitemap-xml`;
  if (pathname === "/en") return pathname;
  if (pathname.startsWith("/en/")) return CACHED_CHINESE_PAGE.test(pathname.slice(3)) ? pathname : null;
  return CACHED_CHINESE_PAGE.test(pathname) ? `${CHINESE_PAGE_PREFIX}${pathname}` : null;
}
