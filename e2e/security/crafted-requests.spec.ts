import { type APIResponse, expect, test } from "@playwright/test";
import { signIn } from "../fixtures/newsroom";

// Crafted addresses that used to answer 500 or send a signed-in person off site (issue 11,
// items 3 and 14). Redirects are not followed: each answer is judged by its own status and
// Location, resolved the way a browser resolves it.

const base = `http://localhost:${process.env.E2E_PORT || 3100}`;

function expectOnSite(response: APIResponse, path: RegExp) {
  const location = response.headers().location;
  expect(location, "a redirect").toBeTruthy();
  const target = new URL(location, base);
  expect(target.origin).toBe(base);
  expect(target.pathname).toMatch(path);
}

test("repeated and malformed query parameters get a page, not a 500", async ({ request }) => {
  for (const path of [
    "/search?q=a&q=b",
    "/search?q=%E5%85%9A&q=b&page=x&page=2",
    "/login?next=/a&next=/b",
    "/login?next=/%0a/x",
    "/login?next=/%0d%0a/x",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
});

test("next-auth's error page takes any error text without a 500", async ({ request }) => {
  for (const code of [
    "%E7%99%BB%E5%BD%95%E5%A4%B1%E8%B4%A5",
    "x%0D%0ASet-Cookie:%20pwned=1",
    "%C3%A9",
    "a%0Ab",
  ]) {
    const response = await request.get(`/api/auth/error?error=${code}`, { maxRedirects: 0 });
    expect(response.status(), code).toBe(302);
    expect(response.headers().location).toBe("/login?error=Default");
    expect(response.headers()["set-cookie"] ?? "").not.toContain("pwned");
  }
  const known = await request.get("/api/auth/error?error=CredentialsSignin", { maxRedirects: 0 });
  expect(known.headers().location).toBe("/login?error=CredentialsSignin");
});

test("a callbackUrl on another or look-alike host, or an unparsable one, is not followed", async ({
  request,
}) => {
  const lookAlikes = [
    `${base}.evil.example/`,
    `http://localhost:${process.env.E2E_PORT || 3100}@evil.example/`,
    "https://evil.example/",
    "//evil.example/",
    "/%09/evil.example",
    "evil.example:80:x",
    "http://[::1",
  ];
  for (const callbackUrl of lookAlikes) {
    const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), callbackUrl).toBeLessThan(500);
    const stored = (response.headers()["set-cookie"] ?? "").match(/next-auth\.callback-url=([^;]*)/)?.[1];
    if (stored) expect(new URL(decodeURIComponent(stored), base).origin, callbackUrl).toBe(base);
    const location = response.headers().location;
    if (location) {
      expect(new URL(location, base).origin, callbackUrl).toBe(base);
      const inner = new URL(location, base).searchParams.get("callbackUrl");
      if (inner) expect(new URL(inner, base).origin, callbackUrl).toBe(base);
    }
  }
});

test("a signed-in person is only ever sent to a path on this site", async ({ page }) => {
  await signIn(page, "reporter2");
  const variants = [
    "/%09/evil.example",
    "/%0d/evil.example",
    "/%0a/evil.example",
    "/%0d%0a/evil.example",
    "/%5Cevil.example",
    "%5C%5Cevil.example",
    "/%5C/evil.example",
    "//evil.example",
    "/.//evil.example",
    "https://evil.example/",
  ];
  for (const next of variants) {
    const response = await page.request.get(`/login?next=${next}`, { maxRedirects: 0 });
    expect([302, 303, 307, 308], next).toContain(response.status());
    expectOnSite(response, /^\/newsroom$/);
  }
  // And in the browser itself, which normalises the address before following it.
  await page.goto("/login?next=/%09/evil.example");
  await expect(page).toHaveURL(`${base}/newsroom`);
  // A path on this site is still followed.
  const own = await page.request.get("/login?next=%2Fnewsroom%2Fsearch%3Fq%3D%E5%85%9A", { maxRedirects: 0 });
  expectOnSite(own, /^\/newsroom\/search$/);
});

test("newsroom search takes a repeated parameter", async ({ page }) => {
  await signIn(page, "reporter2");
  for (const path of ["/newsroom/search?q=a&q=b", "/newsroom/search?q=a&status=DRAFT&status=x"]) {
    expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

test("the language switch stays on this site whatever the referring path", async ({ request }) => {
  for (const path of ["/en//evil.example/", "/en/%5Cevil.example", "/en/articles/x"]) {
    const response = await request.get("/api/locale", {
      headers: { referer: `${base}${path}` },
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(303);
    expectOnSite(response, /^\/(?!\/)/);
  }
});
