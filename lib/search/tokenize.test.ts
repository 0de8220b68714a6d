import { describe, expect, it } from "vitest";
import { toMatchExpression, toTsQuery, tokenizeForIndex, tokenizeQuery } from "./tokenize";

describe("tokenizeForIndex", () => {
  it("turns a run of Chinese into overlapping bigrams plus its last character", () => {
    expect(tokenizeForIndex("党建引领")).toEqual(["党建", "建引", "引领", "领"]);
  });

  it("keeps Latin words and numbers whole and lower-cased, and drops punctuation", () => {
    expect(tokenizeForIndex("2023郑州市，PPT形式！")).toEqual([
      "2023",
      "郑州",
      "州市",
      "市",
      "ppt",
      "形式",
      "式",
    ]);
  });

  it("reads full-width letters and digits as the same words as half-width ones", () => {
    expect(tokenizeForIndex("２０２３年ＰＰＴ")).toEqual(tokenizeForIndex("2023年PPT"));
    expect(tokenizeQuery("ＰＰＴ ２０２３")).toEqual(tokenizeQuery("ppt 2023"));
  });

  it("indexes a one-character run as itself", () => {
    expect(tokenizeForIndex("第 1 期")).toEqual(["第", "1", "期"]);
  });
});

describe("tokenizeQuery", () => {
  it("makes a two-character word one bigram and a longer one a phrase of bigrams", () => {
    expect(tokenizeQuery("党建")).toEqual([{ kind: "phrase", tokens: ["党建"] }]);
    expect(tokenizeQuery("机器人产业")).toEqual([
      { kind: "phrase", tokens: ["机器", "器人", "人产", "产业"] },
    ]);
  });

  it("searches a single character as a prefix, and splits mixed queries into terms", () => {
    expect(tokenizeQuery("党")).toEqual([{ kind: "prefix", token: "党" }]);
    expect(tokenizeQuery("2023 社区")).toEqual([
      { kind: "phrase", tokens: ["2023"] },
      { kind: "phrase", tokens: ["社区"] },
    ]);
  });
});

describe("toMatchExpression", () => {
  it("builds an FTS5 expression with every term required", () => {
    expect(toMatchExpression(tokenizeQuery("机器人产业 2023"))).toBe('"机器 器人 人产 产业" AND "2023"');
    expect(toMatchExpression(tokenizeQuery("网"))).toBe('"网"*');
  });
  it("has nothing to search for in punctuation, and cannot be injected into", () => {
    expect(tokenizeQuery("，。！ ")).toEqual([]);
    expect(toMatchExpression(tokenizeQuery('党建" OR "x'))).toBe('"党建" AND "or" AND "x"');
  });
});

describe("toTsQuery", () => {
  it("builds the same search as a PostgreSQL tsquery, every term required", () => {
    expect(toTsQuery(tokenizeQuery("机器人产业 2023"))).toBe(
      "('机器' <-> '器人' <-> '人产' <-> '产业') & ('2023')",
    );
    expect(toTsQuery(tokenizeQuery("网"))).toBe("'网':*");
  });
  it("cannot be injected into", () => {
    expect(toTsQuery(tokenizeQuery("党建' | '!x"))).toBe("('党建') & ('x')");
  });
});
