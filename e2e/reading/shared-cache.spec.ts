import { expect, test } from "@playwright/test";
import { type IncomingHttpHeaders, request } from "node:http";

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

test("odd request headers and query strings never change what the next plain reader gets", async ({
  request,
}) => {
  const issue = await (await request.get("/issues/1")).text();
  const article = issue.match(/href="(\/articles\/[^"]+)"/)?.[1];
  expect(article).toBeTruthy();
  // What each page must be for a plain reader: the whole HTML page (or feed), in its language.
  // Other tests change pages alongside (new issues, the masthead), so pages are recognised by
  // what they must contain rather than compared byte for byte.
  const pages: [string, string, string][] = [
    ["/issues/1", "text/html", "中原区报<!-- --> <!-- -->第1期"],
    ["/issues/1/print", "text/html", "打印"],
    [article!, "text/html", "中原区政府2023年第十三次常务会议召开"],
    ["/en/issues/1", "text/html", "Past issues"],
    ["/", "text/html", "本期目录"],
    [`/search?q=${encodeURIComponent("机器人产业")}`, "text/html", "<mark"],
    ["/feed.xml", "application/rss+xml", "<rss"],
  ];
  const expectPlainPage = async (path: string, type: string, marker: string, after: string) => {
    const response = await request.get(path);
    const body = await response.text();
    expect(response.status(), `${path} after ${after}`).toBe(200);
    expect(response.headers()["content-type"], `${path} after ${after}`).toContain(type);
    expect(body, `${path} after ${after}`).toContain(marker);
    expect(body.length, `${path} after ${after}`).toBeGreaterThan(2000);
    // The Chinese pages stay Chinese whatever cookie or header someone else sent.
    if (type === "text/html" && !path.startsWith("/en"))
      expect(body, `${path} after ${after}`).not.toContain("Past issues");
  };
  for (const [path, type, marker] of pages) {
    for (const headers of ODD_HEADERS) {
      await request.get(path, { headers });
      await expectPlainPage(path, type, marker, JSON.stringify(headers));
    }
    for (const query of ODD_QUERIES) {
      await request.get(path.includes("?") ? `${path}&${query.slice(1)}` : `${path}${query}`);
      await expectPlainPage(path, type, marker, query);
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
  for (const path of [
    "/login",
    "/newsroom",
    "/newsroom/issues",
    "/newsroom/preview/issues/1",
    "/api/auth/session",
    "/api/auth/csrf",
    "/setup",
  ]) {
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

test("the favicon and robots.txt are served, the icon from public/ with shared caching", async ({
  request,
}) => {
  const front = await (await request.get("/")).text();
  expect(front).toContain('<link rel="icon" href="/icon.svg" type="image/svg+xml"/>');
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toBe("image/svg+xml");
  expect(icon.headers()["cache-control"]).toBe("public, max-age=3600");
  expect(await icon.text()).toContain("<svg");
  const again = await request.get("/icon.svg", { headers: { "if-none-match": icon.headers().etag } });
  expect(again.status()).toBe(304);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
});

test("reader pages answer only GET and HEAD, and a refusal is not shareable", async ({ request }) => {
  for (const method of ["OPTIONS", "POST", "PUT", "DELETE"]) {
    const response = await request.fetch("/issues/1", { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD");
    expect(response.headers()["cache-control"]).toBe("no-store");
  }
  const search = await request.fetch("/search?q=" + encodeURIComponent("党建"), { method: "POST" });
  expect(search.status()).toBe(405);
  expect((await request.head("/issues/1")).status()).toBe(200);
});

test("another spelling of a reader address is sent to its one spelling, and a made-up one is not kept long", async ({
  request,
}) => {
  for (const [asked, canonical] of [
    ["/Issues/1", "/issues/1"],
    ["/%65n/search?q=x", "/en/search?q=x"],
    ["/SEARCH?q=%E5%85%9A%E5%BB%BA", "/search?q=%E5%85%9A%E5%BB%BA"],
  ]) {
    const response = await request.get(asked, { maxRedirects: 0 });
    expect(response.status(), asked).toBe(308);
    expect(response.headers()["location"]).toBe(canonical);
  }
  const madeUp = await request.get("/no-such-page");
  expect(madeUp.status()).toBe(404);
  expect(madeUp.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
});

/** A request sent as written: browsers and fetch resolve dot segments and refuse TRACE first. */
function rawRequest(baseURL: string, method: string, target: string) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    request(
      { host: hostname, port, method, path: target, headers: { host: `${hostname}:${port}` } },
      (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      },
    )
      .on("error", reject)
      .end();
  });
}

test("addresses are resolved before they are judged, and odd requests get plain refusals", async ({
  baseURL,
}) => {
  const base = baseURL!;
  for (const [target, location] of [
    ["/api/../issues/1", "/issues/1"],
    ["/newsroom/%2e%2e/search?q=x", "/search?q=x"],
    ["/a/../..//evil.example/", "/evil.example/"],
  ]) {
    const response = await rawRequest(base, "GET", target);
    expect(response.status, target).toBe(308);
    expect(response.headers.location, target).toBe(location);
  }
  expect((await rawRequest(base, "TRACE", "/api/auth/session")).status).toBe(405);
  expect((await rawRequest(base, "GET", "*")).status).toBe(400);
  expect((await rawRequest(base, "GET", "http://evil.example/issues/1/")).status).toBe(400);
});

test("answers to Next's router are never shareable, and gzip is sent only to who takes it", async ({
  request: api,
}) => {
  const viaRouter = await api.get("/issues/1", { headers: { rsc: "1" }, maxRedirects: 0 });
  expect(viaRouter.headers()["cache-control"]).toBe("private, no-store");
  expect(viaRouter.headers()["x-reader-render-started"]).toBeUndefined();
  // The kept page (a page rendered within seconds of a newsroom change is rendered once more).
  const refuse = { "accept-encoding": "gzip;q=0, identity" };
  await expect
    .poll(async () => (await api.get("/issues/1", { headers: refuse })).headers()["x-reader-cache"])
    .toBe("hit");
  const refused = await api.get("/issues/1", { headers: refuse });
  expect(refused.headers()["content-encoding"]).toBeUndefined();
  const taken = await api.get("/issues/1", { headers: { "accept-encoding": "gzip" } });
  expect(taken.headers()["content-encoding"]).toBe("gzip");
});
