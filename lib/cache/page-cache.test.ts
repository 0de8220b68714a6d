import { describe, expect, it } from "vitest";
import { pageCacheKey } from "./page-cache";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("pageCacheKey", () => {
  it("caches reader pages, per UI language and encoding", () => {
    for (const url of ["/", "/issues", "/issues/1", "/articles/abc", "/search?q=%E5%85%9A", "/feed.xml", "/sitemap.xml"]) {
      expect(pageCacheKey(get(url)), url).not.toBeNull();
    }
    expect(pageCacheKey(get("/", { cookie: "a=1; locale=en" }))).toBe("en|id|/");
    expect(pageCacheKey(get("/", { "accept-encoding": "gzip, br" }))).toBe("|gz|/");
  });

  it("never caches the newsroom, sign-in, the API, actions or navigation payloads", () => {
    for (const url of ["/newsroom", "/newsroom/articles/x", "/login", "/setup", "/api/uploads/x", "/api/auth/session", "/issuesx"]) {
      expect(pageCacheKey(get(url)), url).toBeNull();
    }
    expect(pageCacheKey({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(pageCacheKey(get("/", { rsc: "1" }))).toBeNull();
    expect(pageCacheKey(get("/issues/1?_rsc=abc"))).toBeNull();
    expect(pageCacheKey(get("/", { "next-action": "x" }))).toBeNull();
  });
});
