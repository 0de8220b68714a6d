// Any origin will do: all that matters is whether the resolved address stays on it.
const PROBE_ORIGIN = "http://return-path.invalid";

// Browsers drop tabs and newlines from a URL and read `\` as `/` before resolving it, so
// `/\t/evil.example` is `//evil.example` to them. Such a value is never a link of ours: refuse it.
const BROWSER_REWRITTEN = /[\u0000-\u001f\u007f\\]/;

/**
 * A same-site path to return to after signing in, judged as the browser will resolve it:
 * anything that would leave the site (`//evil`, `/\evil`, `/%09/evil`, `https:`), or that is
 * not one plain string (`?next=` given twice), goes to the fallback. The result is
 * percent-encoded, so it is always a valid Location header.
 */
export function safeReturnPath(value: string | string[] | null | undefined, fallback = "/newsroom"): string {
  if (typeof value !== "string" || !value.startsWith("/") || BROWSER_REWRITTEN.test(value)) return fallback;
  if (!URL.canParse(value, PROBE_ORIGIN)) return fallback;
  const url = new URL(value, PROBE_ORIGIN);
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//evil` resolves to the path `//evil`, which as a Location is another host.
  if (url.origin !== PROBE_ORIGIN || path.startsWith("//")) return fallback;
  return path;
}

/**
 * A newsroom page's address with the query it was opened with (a search, a month of the
 * calendar), to come back to after signing in; safeReturnPath judges it there like any other.
 */
export function pageAddress(path: string, params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    for (const each of [value ?? []].flat()) query.append(key, each);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * next-auth's redirect callback: the `callbackUrl` of a sign-in or sign-out if it resolves to
 * this site, else the site's root. Never throws (an unparsable value is a 500 in the default
 * callback) and always returns an absolute, percent-encoded address.
 */
export function sameOriginUrl(url: string, baseUrl: string): string {
  if (BROWSER_REWRITTEN.test(url) || !URL.canParse(url, baseUrl)) return baseUrl;
  const resolved = new URL(url, baseUrl);
  return resolved.origin === new URL(baseUrl).origin ? resolved.href : baseUrl;
}
