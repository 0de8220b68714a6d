// Response headers set for every route in next.config.ts. Kept here so tests can read them.
// next.config.ts loads this file without the "@/" path alias: imports are relative.
import { env } from "../env";

/** How long shared caches (a CDN, a reverse proxy) may keep a reader page, in seconds. */
export const SHARED_CACHE_SECONDS = 30;

/**
 * Reader pages are the same for everyone, so shared caches may keep them for a short time and
 * serve them a little longer while they refetch: a newsroom change reaches readers behind a
 * shared cache within 2 × SHARED_CACHE_SECONDS. Browsers revalidate every time (max-age=0) and
 * get a 304 from the ETag when nothing changed. The server itself never waits: its page cache
 * is invalidated at once (lib/reader-cache).
 */
export function readerCacheControl(): string {
  return `public, max-age=0, s-maxage=${SHARED_CACHE_SECONDS}, stale-while-revalidate=${SHARED_CACHE_SECONDS}`;
}

/**
 * The same for reader and newsroom pages. Next's inline bootstrap scripts need 'unsafe-inline'
 * without per-request nonces (which would make every page dynamic); what the policy does stop
 * is plugins, foreign base URLs, framing (clickjacking) and forms posting elsewhere.
 */
export function securityHeaders(): { key: string; value: string }[] {
  const { NODE_ENV, SITE_URL } = env();
  const dev = NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
  const headers = [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
  // HSTS only where the site is really served over https; on http it would be ignored anyway,
  // and on localhost it would pin a developer's browser.
  if (SITE_URL?.startsWith("https://")) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  }
  return headers;
}
