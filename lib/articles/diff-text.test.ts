import { describe, expect, it } from "vitest";
import { diffText } from "./diff-text";

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
  });
});
