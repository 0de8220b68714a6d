import { describe, expect, it } from "vitest";
import { toSearchVectors, withTrigrams } from "./search-index-postgresql";
import { tokenizeForIndex, tokenizeQuery } from "./tokenize";

describe("toSearchVectors", () => {
  it("gives each token its positions, headline and names weighted A, with gaps no phrase can span", () => {
    const { document } = toSearchVectors({
      headline: "党建 建引 引领 领",
      byline: "王畅 畅",
      body: "党建 工作 作",
    });
    expect(document).toBe(
      "'党建':1A,11 '党建引':1A '建引':2A '建引领':2A '引领':3A '领':4A '王畅':7A '畅':8A '工作':12 '作':13",
    );
  });

  it("ranks by the headline, the names and the body's first hundred tokens", () => {
    const body = Array.from({ length: 150 }, (_, i) => `w${i}`).join(" ");
    const { document, ranking } = toSearchVectors({ headline: "党建 建引 引领 领", byline: "", body });
    expect(document).toContain("'w149':");
    expect(ranking).toContain("'党建':1A");
    expect(ranking).toContain("'w99':");
    // Ranked by the query's bigrams: the trigrams are for matching only.
    expect(ranking).not.toContain("'党建引'");
    expect(ranking).not.toContain("'w100':");
  });

  it("keeps tokens as they are, quoted", () => {
    expect(toSearchVectors({ headline: "", byline: "", body: "ppt 2023" }).document).toBe("'ppt':5 '2023':6");
  });
});

describe("withTrigrams", () => {
  it("makes a three-character word one token and a longer one a phrase of trigrams, at the index's positions", () => {
    expect(withTrigrams(tokenizeQuery("中原区 机器人产业 党建 汛 ppt"))).toEqual([
      { kind: "phrase", tokens: ["中原区"] },
      { kind: "phrase", tokens: ["机器人", "器人产", "人产业"] },
      { kind: "phrase", tokens: ["党建"] },
      { kind: "prefix", token: "汛" },
      { kind: "phrase", tokens: ["ppt"] },
    ]);
    const { document } = toSearchVectors({
      headline: "",
      byline: "",
      body: tokenizeForIndex("发展机器人产业").join(" "),
    });
    expect(document).toContain("'机器人':7 ");
    expect(document).toContain("'器人产':8 ");
    expect(document).toContain("'人产业':9 ");
  });
});
