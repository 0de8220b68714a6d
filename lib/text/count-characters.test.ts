import { describe, expect, it } from "vitest";
import { countCharacters } from "./count-characters";

describe("countCharacters (字数)", () => {
  it("counts every Chinese character, not a paragraph as one word", () => {
    expect(countCharacters("坚持人民至上")).toBe(6);
  });

  it("counts full-width punctuation and quotes as characters", () => {
    expect(countCharacters("“两库一单”，好。")).toBe(9);
  });

  it("counts a Latin word or a number as one, and ignores spaces", () => {
    expect(countCharacters("区直机关2023年度 PPT 形式")).toBe(10);
    expect(countCharacters("   ")).toBe(0);
  });
});
