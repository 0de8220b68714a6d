import { describe, expect, it } from "vitest";
import { parseBylineLine, parseBylineLines } from "./parse-byline";

describe("parseBylineLine", () => {
  it("reads reporters and correspondents, several names per role", () => {
    expect(parseBylineLine("记者 鲁燕 通讯员 王飞 李钰沛")).toEqual([
      { role: "REPORTER", name: "鲁燕" },
      { role: "CORRESPONDENT", name: "王飞" },
      { role: "CORRESPONDENT", name: "李钰沛" },
    ]);
    expect(parseBylineLine("摄影 欧阳小明")).toEqual([{ role: "PHOTOGRAPHER", name: "欧阳小明" }]);
  });

  it.each([
    "会议还研究了其他事项。",
    "记者",
    "记者 通讯员 王畅",
    "记者 鲁燕,通讯员 王畅",
    "本报讯 记者 鲁燕",
  ])("does not take %j for a byline", (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });

  it("joins a byline split over two lines", () => {
    expect(parseBylineLines(["记者 鲁燕", "通讯员 李娟"])).toEqual([
      { role: "REPORTER", name: "鲁燕" },
      { role: "CORRESPONDENT", name: "李娟" },
    ]);
    expect(parseBylineLines(["记者 鲁燕", "会议还研究了其他事项。"])).toBeNull();
  });
});
