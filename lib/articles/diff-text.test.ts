import * as jsdiff from "diff";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { type DiffPart, diffText } from "./diff-text";
import { seededRandom, shuffle } from "@/lib/testing/seeded-random";

/** Every character diff the module runs, with the edit bound it asked for. */
const charDiffs: { length: number; maxEditLength: number | undefined }[] = [];

vi.mock("diff", async (importOriginal) => {
  const actual = await importOriginal<typeof jsdiff>();
  return {
    ...actual,
    diffChars: (before: string, after: string, options?: { maxEditLength?: number }) => {
      const length = before.length + after.length;
      charDiffs.push({ length, maxEditLength: options?.maxEditLength });
      // An unbounded Myers diff of long texts is what stalled the server: refuse to wait for it.
      if (options?.maxEditLength === undefined && length > 4000)
        throw new Error(`unbounded character diff of ${length} characters`);
      return actual.diffChars(before, after, options as never);
    },
  };
});

beforeEach(() => {
  charDiffs.length = 0;
});

/** The text on one side of a diff: without the added parts it is the text before, without the removed ones the text after. */
const without = (parts: DiffPart[], kind: "removed" | "added") =>
  parts
    .filter((p) => p.kind !== kind)
    .map((p) => p.text)
    .join("");

/** About `length` characters of newspaper-like text: numbered sentences in paragraphs. */
function article(length: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < length; i += 1) {
    const sentence = `中原区第${i}项工作稳步推进，群众满意度持续提升。${i % 5 === 4 ? "\n" : ""}`;
    out.push(sentence);
    total += sentence.length;
  }
  return out;
}

describe("diffText", () => {
  it("marks changed Chinese characters, not whole sentences", () => {
    expect(diffText("坚持人民至上。", "坚持人民利益至上。")).toEqual([
      { kind: "same", text: "坚持人民" },
      { kind: "added", text: "利益" },
      { kind: "same", text: "至上。" },
    ]);
  });

  it("shows removals and keeps everything when nothing changed", () => {
    expect(diffText("理想信念念，", "理想信念，")).toEqual([
      { kind: "same", text: "理想信念" },
      { kind: "removed", text: "念" },
      { kind: "same", text: "，" },
    ]);
    expect(diffText("不变。", "不变。")).toEqual([{ kind: "same", text: "不变。" }]);
    expect(diffText("", "")).toEqual([]);
  });

  it("diffs edits in several sentences by character and keeps the untouched sentences whole", () => {
    const before = "第一句不变。第二句有错字子。第三句不变。\n第四句将删去。第五句不变。";
    const after = "第一句不变。第二句有错字。第三句不变。\n第五句不变。新增一句。";
    const parts = diffText(before, after);
    expect(parts).toEqual([
      { kind: "same", text: "第一句不变。第二句有错字" },
      { kind: "removed", text: "子" },
      { kind: "same", text: "。第三句不变。\n" },
      { kind: "removed", text: "第四句将删去。" },
      { kind: "same", text: "第五句不变。" },
      { kind: "added", text: "新增一句。" },
    ]);
  });

  it("compares sentence with sentence when every sentence was touched", () => {
    expect(diffText("甲句一。乙句二。", "甲句１。乙句２。")).toEqual([
      { kind: "same", text: "甲句" },
      { kind: "removed", text: "一" },
      { kind: "added", text: "１" },
      { kind: "same", text: "。乙句" },
      { kind: "removed", text: "二" },
      { kind: "added", text: "２" },
      { kind: "same", text: "。" },
    ]);
  });

  it("never splits a character outside the Basic Multilingual Plane", () => {
    const parts = diffText("图😀。", "图😃。");
    expect(
      parts.every(
        (p) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(p.text),
      ),
    ).toBe(true);
    expect([without(parts, "added"), without(parts, "removed")]).toEqual(["图😀。", "图😃。"]);
  });

  it("diffs two 20,000-character versions with every sentence moved, with bounded character work, into a readable result", () => {
    const sentences = article(20_000);
    const before = sentences.join("");
    const after = shuffle(sentences, seededRandom(7)).join("");
    expect(before.length).toBeGreaterThanOrEqual(20_000);

    const parts = diffText(before, after);

    expect(without(parts, "added")).toBe(before);
    expect(without(parts, "removed")).toBe(after);
    // Moved sentences are shown whole (at most one part per sentence and side), not as confetti.
    expect(parts.length).toBeLessThanOrEqual(2 * sentences.length + 1);
    expect(parts.filter((p) => p.kind === "same").length).toBeGreaterThan(10);
    expect(
      charDiffs.every((d) => d.maxEditLength !== undefined && d.maxEditLength <= 200 && d.length <= 2000),
    ).toBe(true);
    expect(charDiffs.reduce((n, d) => n + d.length * d.maxEditLength!, 0)).toBeLessThanOrEqual(400_000);
  });

  it("shows a long text with no sentence in common, reversed character by character, as removed and added", () => {
    const before = article(20_000)
      .join("")
      .replace(/[。，\n]/g, "");
    const after = Array.from(before).reverse().join("");
    const parts = diffText(before, after);
    expect(without(parts, "added")).toBe(before);
    expect(without(parts, "removed")).toBe(after);
    expect(charDiffs.every((d) => d.maxEditLength !== undefined)).toBe(true);
  });
});
