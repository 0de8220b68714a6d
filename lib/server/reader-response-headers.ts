import type { ServerResponse } from "node:http";

/** Headers the page cache keeps with a page for its own use: not for readers. */
const INTERNAL = new Set(["x-reader-render-started"]);

const PRIVATE = "private, no-store";

/**
 * Adjusts what Next sends for a reader address, just before it is sent: the page cache's own
 * headers are dropped, and the answer to a request addressed to Next's router (a navigation
 * payload, a prefetch, the redirect by which Next adds its `_rsc` parameter) is private. It is not
 * the page, yet Next marks it shareable like the page, without a Vary: a shared cache keying on
 * the address would send it to readers.
 */
export function adjustReaderResponse(res: ServerResponse, forRouter: boolean): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    for (const name of INTERNAL) res.removeHeader(name);
    if (forRouter) res.setHeader("Cache-Control", PRIVATE);
    // Headers given to writeHead itself win over those set before: adjust them too.
    const given = args.find((arg): arg is Record<string, unknown> => typeof arg === "object" && arg !== null);
    if (given && !Array.isArray(given))
      for (const name of Object.keys(given)) {
        const lower = name.toLowerCase();
        if (INTERNAL.has(lower)) delete given[name];
        else if (forRouter && lower === "cache-control") given[name] = PRIVATE;
      }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
}
