import { describe, expect, it } from "vitest";
import { countArticleCharacters, countCharacters } from "./count-characters";

describe("countCharacters (字数)", () => {
  it("counts every Chinese character, not a paragraph as one word", () => {
    expect(countCharacters("坚持人民至上")).toBe(6);
  });

  it("counts full-width punctuation and quotes as characters", () => {
    expect(countCharacters("“两库一单”，好。")).toBe(9);
    expect(countCharacters("《中原区报》——第1期…")).toBe(12);
  });

  it("counts a Latin word or a number as one, and ignores spaces", () => {
    expect(countCharacters("区直机关2023年度 PPT 形式")).toBe(10);
    expect(countCharacters("增长3.5%，COVID-19")).toBe(5);
    expect(countCharacters("   ")).toBe(0);
  });

  it("does not count the full-width space, an indent rather than a character", () => {
    expect(countCharacters("\u3000\u3000本报讯")).toBe(3);
  });

  it("does not count ASCII punctuation or line breaks", () => {
    expect(countCharacters("好,\n好!")).toBe(2);
  });
});

describe("countArticleCharacters", () => {
  it("counts the headline, the deck and the text, as one text would count", () => {
    const article = {
      headline: "中原区召开会议",
      subtitle: "部署2024年工作",
      plainText: "会议强调。\n图为会场。",
    };
    expect(countArticleCharacters(article)).toBe(7 + 6 + 10);
    expect(countArticleCharacters(article)).toBe(
      countCharacters(`${article.headline}\n${article.subtitle}\n${article.plainText}`),
    );
  });
});
