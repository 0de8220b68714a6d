import path from "node:path";
import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/articles/save-body-limit";
import { readerCacheControl, securityHeaders } from "./lib/http/response-headers";
import { CHINESE_READER_REWRITES, SHAREABLE_READER_PATHS } from "./lib/public/reader-routes";

// Chinese reader pages live at the root, English ones under /en; both are the same `[lang]`
// routes (app/(public)/[lang]), so the language is in the URL and every page is one artifact.

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Database drivers load from node_modules at run time, never bundled: better-sqlite3 is a native
  // addon, and pg requires its optional native binding only if asked.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  experimental: {
    // A save sends the whole article: past Next's 1 MB default for a long feature (images go separately).
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
    // forbidden(): a newsroom page someone's role may not open answers 403 没有权限, not 404.
    authInterrupts: true,
  },
  // Reader pages are kept by Next's own page cache; this handler adds the newsroom's
  // invalidations, stored in the database so they reach every server process and survive restarts.
  cacheHandler: path.resolve("lib/reader-cache/cache-handler.cjs"),
  async rewrites() {
    return { beforeFiles: CHINESE_READER_REWRITES };
  },
  async redirects() {
    return [
      // The internal address of the Chinese pages is not a second public address.
      { source: "/zh-CN", destination: "/", permanent: true },
      { source: "/zh-CN/:path*", destination: "/:path*", permanent: true },
      // 往期 by year used to be a query parameter, which no page cache can key on.
      {
        source: "/issues",
        has: [{ type: "query", key: "year", value: "(?<year>\\d{4})" }],
        destination: "/issues/years/:year",
        permanent: true,
      },
    ];
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders() },
      ...SHAREABLE_READER_PATHS.map((source) => ({
        source,
        headers: [{ key: "Cache-Control", value: readerCacheControl() }],
      })),
    ];
  },
};

export default nextConfig;
