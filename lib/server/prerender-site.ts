import { db } from "@/lib/db";
import { databaseUrl } from "@/lib/database-url";
import { openInvalidationReader } from "@/lib/reader-cache/invalidation-reader.cjs";
import { keptPageStamps } from "@/lib/reader-cache/page-artifacts.cjs";
import { keepReaderPagesRendered } from "@/lib/reader-cache/prerender-reader-pages";

/** Longer than any render takes: a render that hangs must not stop the pre-rendering for good. */
const RENDER_TIMEOUT_MS = 60_000;

/**
 * Pre-renders the site's reader pages through its own server processes (see
 * lib/reader-cache/prerender-reader-pages.ts): run by `npm start`'s main process once they listen.
 * A page is asked for as any reader asks, so it is rendered, checked and kept the same way.
 */
export function prerenderSite(port: number) {
  return keepReaderPagesRendered({
    db,
    keptPages: keptPageStamps,
    invalidations: openInvalidationReader(databaseUrl()),
    render: async (address) => {
      const response = await fetch(`http://127.0.0.1:${port}${address}`, {
        signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
      });
      await response.arrayBuffer();
    },
  });
}
