import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./highlight";

describe("highlight", () => {
  it("marks every occurrence of every query word, Chinese or Latin, in any case", () => {
    expect(highlight("党建引领，强党建促发展", "党建")).toEqual([
      { text: "党建", mark: true },
      { text: "引领，强", mark: false },
      { text: "党建", mark: true },
      { text: "促发展", mark: false },
    ]);
    expect(highlight("短视频+演讲+PPT", "ppt")).toEqual([
      { text: "短视频+演讲+", mark: false },
      { text: "PPT", mark: true },
    ]);
  });

  it("treats regular-expression characters in the query as text", () => {
    expect(highlight("a.b", "(.*)")).toEqual([{ text: "a.b", mark: false }]);
  });
});

describe("snippet", () => {
  it("cuts a window around the first match, with ellipses", () => {
    const text = `${"甲".repeat(100)}机器人产业${"乙".repeat(100)}`;
    const parts = snippet(text, "机器人产业", 40);
    expect(parts[0].text.startsWith("…")).toBe(true);
    expect(parts.find((p) => p.mark)?.text).toBe("机器人产业");
    expect(parts.at(-1)?.text.endsWith("…")).toBe(true);
  });

  it("starts at the beginning when the text has no literal match", () => {
    expect(snippet("本报讯 近日召开会议。", "网格", 90)).toEqual([
      { text: "本报讯 近日召开会议。", mark: false },
    ]);
  });
});
