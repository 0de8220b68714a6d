import { describe, expect, it } from "vitest";
import { cachedReaderPagePath } from "./reader-routes";

describe("cachedReaderPagePath", () => {
  it("maps reader addresses to the pages the router renders for them", () => {
    expect(cachedReaderPagePath("/")).toBe("/zh-CN");
    expect(cachedReaderPagePath("/articles/abc123")).toBe("/zh-CN/articles/abc123");
    expect(cachedReaderPagePath("/issues")).toBe("/zh-CN/issues");
    expect(cachedReaderPagePath("/issues/12/print")).toBe("/zh-CN/issues/12/print");
    expect(cachedReaderPagePath("/issues/years/2023")).toBe("/zh-CN/issues/years/2023");
    expect(cachedReaderPagePath("/feed.xml")).toBe("/zh-CN/feed.xml");
    expect(cachedReaderPagePath("/sitemap.xml")).toBe("/zh-CN/sitemap-xml");
    expect(cachedReaderPagePath("/en")).toBe("/en");
    expect(cachedReaderPagePath("/en/articles/abc")).toBe("/en/articles/abc");
  });

  it("leaves everything else to the router: search, the newsroom, odd spellings", () => {
    for (const path of [
      "/search",
      "/newsroom",
      "/login",
      "/zh-CN",
      "/zh-CN/issues",
      "/articles/a/b",
      "/articles/%61",
      "/issues/../newsroom",
      "/en/newsroom",
      "/api/auth/session",
      "//issues",
    ]) {
      expect(cachedReaderPagePath(path), path).toBeNull();
    }
  });
});
