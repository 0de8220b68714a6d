import { describe, expect, it } from "vitest";
import { toFullWidthPunctuation } from "./full-width-punctuation";

describe("toFullWidthPunctuation (GB/T 15834)", () => {
  it.each([
    ["本报讯 7月14日,中原区", "本报讯 7月14日，中原区"],
    ["分别为:中原区应急管理局", "分别为：中原区应急管理局"],
    ["中央文化区(CCD)为引领", "中央文化区（CCD）为引领"],
    ["是否完成?已完成!", "是否完成？已完成！"],
    ["第一;第二", "第一；第二"],
  ])("%s → %s", (source, shown) => {
    expect(toFullWidthPunctuation(source)).toBe(shown);
  });

  it.each(["10:30", "1,000", "Node.js (v20)", "短视频+演讲+PPT", "a, b: c"])("leaves %j alone", (text) => {
    expect(toFullWidthPunctuation(text)).toBe(text);
  });
});
