import { describe, expect, it } from "vitest";
import { toTsVector } from "./search-index-postgresql";

describe("toTsVector", () => {
  it("gives each token its positions, headline and names weighted A, with gaps no phrase can span", () => {
    expect(toTsVector({ headline: "党建 建引 引领 领", byline: "王畅 畅", body: "党建 工作 作" })).toBe(
      "'党建':1A,11 '建引':2A '引领':3A '领':4A '王畅':7A '畅':8A '工作':12 '作':13",
    );
  });

  it("keeps tokens as they are, quoted", () => {
    expect(toTsVector({ headline: "", byline: "", body: "ppt 2023" })).toBe("'ppt':5 '2023':6");
  });
});
