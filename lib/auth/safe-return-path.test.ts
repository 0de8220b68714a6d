import { describe, expect, it } from "vitest";
import { pageAddress, sameOriginUrl, safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, query and hash included", () => {
    expect(safeReturnPath("/newsroom/articles/abc?tab=history#top")).toBe(
      "/newsroom/articles/abc?tab=history#top",
    );
    expect(safeReturnPath("/newsroom/search?q=党建")).toBe("/newsroom/search?q=%E5%85%9A%E5%BB%BA");
  });

  it.each([
    ["//evil.example"],
    ["/\\evil.example"],
    ["/\t/evil.example"],
    ["/\r/evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["\\/evil.example"],
    ["/.//evil.example"],
    ["/%2e//evil.example"],
    ["https://evil.example/"],
    ["javascript:alert(1)"],
    [" /newsroom"],
    [""],
  ])("sends %j home rather than off site", (value) => {
    expect(safeReturnPath(value)).toBe("/newsroom");
  });

  it("treats a repeated or missing ?next= as no return path", () => {
    expect(safeReturnPath(["/a", "/b"])).toBe("/newsroom");
    expect(safeReturnPath(undefined)).toBe("/newsroom");
    expect(safeReturnPath(null, "/")).toBe("/");
  });

  it("returns only values that are valid header text and stay on site when resolved again", () => {
    for (const value of ["/a b", "/文章?x=é", "/%0a/x", "/x?y=\u2028"]) {
      const path = safeReturnPath(value);
      expect(path).toMatch(/^\/(?!\/)[\x21-\x7e]*$/);
      expect(new URL(path, "https://site.example").origin).toBe("https://site.example");
    }
  });
});

describe("pageAddress", () => {
  it("keeps the query a page was opened with, which sign-in then returns to unchanged", () => {
    const address = pageAddress("/newsroom/search", {
      q: "党建 社区",
      status: ["DRAFT", "SUBMITTED"],
      x: undefined,
    });
    expect(address).toBe(
      "/newsroom/search?q=%E5%85%9A%E5%BB%BA+%E7%A4%BE%E5%8C%BA&status=DRAFT&status=SUBMITTED",
    );
    expect(safeReturnPath(address)).toBe(address);
    expect(pageAddress("/newsroom/calendar", {})).toBe("/newsroom/calendar");
  });
});

describe("sameOriginUrl", () => {
  const base = "https://news.example.cn";

  it("follows a path or an address on this site", () => {
    expect(sameOriginUrl("/login", base)).toBe("https://news.example.cn/login");
    expect(sameOriginUrl("https://news.example.cn/newsroom?x=1", base)).toBe(
      "https://news.example.cn/newsroom?x=1",
    );
  });

  it.each([
    ["https://news.example.cn.evil.example/"],
    ["https://news.example.cn@evil.example/"],
    ["https://evil.example/news.example.cn"],
    ["http://news.example.cn/"],
    ["//evil.example"],
    ["/\t/evil.example"],
    ["/\\evil.example"],
    ["/\r\nSet-Cookie: x=1"],
    ["https://[::1"],
    ["javascript:alert(1)"],
  ])("goes to the site root for %j", (url) => {
    expect(sameOriginUrl(url, base)).toBe(base);
  });

  it("reads a bare name as a path on this site, as a browser would", () => {
    expect(sameOriginUrl("evil.example", base)).toBe("https://news.example.cn/evil.example");
  });

  it("never returns text that cannot be a header", () => {
    expect(sameOriginUrl("/登录?next=/文章", base)).toMatch(/^[\x21-\x7e]+$/);
  });
});
