import { describe, expect, it } from "vitest";
import { readSearchQuery, searchRequestKey } from "./read-search-request";

const key = (query: string) => searchRequestKey(readSearchQuery(new URLSearchParams(query)));

describe("readSearchQuery", () => {
  it("reads each parameter once, bounded", () => {
    expect(
      readSearchQuery(new URLSearchParams("q=%20党建%20&q=社区&page=0&year=20x3&section=A%3Cb")),
    ).toEqual({ q: "党建", year: undefined, section: undefined, page: 1 });
    expect(readSearchQuery(new URLSearchParams(`q=${"字".repeat(300)}&page=99999`)).q).toHaveLength(100);
  });

  it("reads control characters as spaces and never cuts a character in two", () => {
    expect(readSearchQuery(new URLSearchParams("q=党%00建%0D%0A社区%1B")).q).toBe("党 建  社区");
    const emoji = readSearchQuery(new URLSearchParams(`q=a${"😀".repeat(150)}`)).q;
    expect(Array.from(emoji)).toHaveLength(100);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it("gives addresses that ask for the same search the same key, and different searches different keys", () => {
    expect(key("q=党建")).toBe(key("q=党建&utm_source=wechat&page=1"));
    expect(key("q=党建&_rsc=x")).toBe(key("q=%E5%85%9A%E5%BB%BA"));
    expect(key("q=党建&page=2")).not.toBe(key("q=党建"));
    expect(key("q=党建&year=2023")).not.toBe(key("q=党建"));
  });
});
