import { expect, test } from "@playwright/test";

// Reader pages are one artifact per URL, kept by Next's page cache and by any shared cache in
// front of the site. Nothing a request carries may change what the next plain reader receives,
// and only reader pages may be stored by shared caches.

const ODD_HEADERS: Record<string, string>[] = [
  { "x-middleware-prefetch": "1" },
  { rsc: "1" },
  { rsc: "1", "next-router-prefetch": "1" },
  { "next-router-state-tree": "%5B%22%22%2C%7B%7D%5D" },
  { "next-router-segment-prefetch": "/_tree" },
  { purpose: "prefetch", "sec-purpose": "prefetch" },
  { cookie: "locale=en; next-auth.session-token=forged" },
  { "accept-encoding": "identity" },
  { "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" },
  { "x-now-route-matches": "1" },
];
const ODD_QUERIES = ["?_rsc=1", "?utm_source=wechat", "?__nextDataReq=1", "?x=%3Cscript%3E", "?q=a&q=b"];

test("odd request headers and query strings never change what the next plain reader gets", async ({ request }) => {
  const front = await request.get("/issues/1");
  const article = (await front.text()).match(/href="(\/articles\/[^"]+)"/)?.[1];
  expect(article).toBeTruthy();
  // Pages that other tests running alongside cannot change are compared byte for byte; the
  // front page, the feed and a search (which other tests' issues change) must stay whole pages.
  const stable = ["/issues/1", "/issues/1/print", article!, "/en/issues/1"];
  const plain = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    return { type: response.headers()["content-type"], body: stable.includes(path) ? body : body.includes("中原区报") && body.length > 2000 };
  };
  for (const path of [...stable, "/", "/feed.xml", `/search?q=${encodeURIComponent("机器人产业")}`]) {
    const before = await plain(path);
    for (const headers of ODD_HEADERS) {
      await request.get(path, { headers });
      expect(await plain(path), `${path} after ${JSON.stringify(headers)}`).toEqual(before);
    }
    for (const query of ODD_QUERIES) {
      await request.get(path.includes("?") ? `${path}&${query.slice(1)}` : `${path}${query}`);
      expect(await plain(path), `${path} after ${query}`).toEqual(before);
    }
  }
});

test("reader pages may be kept by shared caches and revalidated with an ETag", async ({ request }) => {
  for (const path of ["/", "/issues", "/issues/1", "/issues/1/print", "/en", "/feed.xml", "/sitemap.xml"]) {
    const response = await request.get(path);
    const cacheControl = response.headers()["cache-control"];
    expect(cacheControl, path).toMatch(/\bpublic\b/);
    expect(cacheControl, path).toMatch(/s-maxage=\d+/);
    // Feed readers and crawlers refetch on their own schedule; only pages carry validators.
    if (path.endsWith(".xml")) continue;
    const etag = response.headers().etag;
    expect(etag, path).toBeTruthy();
    expect((await request.get(path, { headers: { "if-none-match": etag } })).status(), path).toBe(304);
  }
});

test("newsroom, sign-in, preview and API responses stay private", async ({ request }) => {
  for (const path of ["/login", "/newsroom", "/newsroom/issues", "/newsroom/preview/issues/1", "/api/auth/session", "/api/auth/csrf", "/setup"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["cache-control"] ?? "", path).not.toMatch(/\bpublic\b|s-maxage/);
  }
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/login", "/newsroom", "/api/auth/session"]) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
});
