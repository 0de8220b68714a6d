/**
 * The one address of a reader page. Next matches routes case-insensitively and decodes
 * percent-encoded letters, so `/Issues/1`, `/ARTICLES/x` and `/%65n/search` are the same pages as
 * `/issues/1`, `/articles/x` and `/en/search`: second addresses that a shared cache keeps apart
 * and that miss the server's kept pages, so each request is a render. Reader addresses are lower
 * case ASCII (ids, slugs, numbers; words go in the query string), so such an address is sent to
 * its one spelling instead.
 *
 * Returns the address to redirect to, or null when the path is already as written (or is not
 * one a reader page could have: Next answers those, with a 404).
 */
export function canonicalReaderAddress(url: string): string | null {
  const at = url.indexOf("?");
  const pathname = at < 0 ? url : url.slice(0, at);
  if (/^[a-z0-9/._~-]*$/.test(pathname)) return null;
  let canonical: string;
  try {
    canonical = decodeURIComponent(pathname).toLowerCase();
  } catch {
    return null;
  }
  // Still plain characters once decoded, and no segment made of dots or slashes by decoding.
  if (!/^[a-z0-9/._~-]*$/.test(canonical) || /\/\.|\/\//.test(canonical)) return null;
  return canonical + (at < 0 ? "" : url.slice(at));
}

/**
 * The address without dot segments (`/api/../issues/1` is `/issues/1`; `%2e` counts as a dot), as
 * a browser and Next resolve it, or null when it has none. The server decides what an address is
 * (a reader page, the newsroom) by its path before Next resolves it, so it resolves it first:
 * `/api/../issues/1` was a reader page that skipped the reader pages' rules. Leading slashes are
 * one slash (`/a/../..//x` would resolve to `//x`, another host as a Location).
 */
export function withoutDotSegments(url: string): string | null {
  const at = url.indexOf("?");
  const pathname = at < 0 ? url : url.slice(0, at);
  if (!/\/(\.|%2e)/i.test(pathname)) return null;
  const resolved = new URL(pathname, "http://localhost").pathname.replace(/^\/+/, "/");
  return resolved === pathname ? null : resolved + (at < 0 ? "" : url.slice(at));
}
