import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArchive } from "@/lib/import/parse-archive";
import { proofreadBlocks } from "./proofread-blocks";

const seed = parseArchive(
  readFileSync(path.join(__dirname, "../../prisma/archive/000_ad72465be87e4b1c.txt"), "utf8"),
);
const checksOf = (text: string) =>
  proofreadBlocks([text]).map((i) => [i.check, text.slice(i.from, i.to), i.fix]);

describe("ASCII punctuation in Chinese text", () => {
  it("flags the seed's half-width commas, colons and brackets, each with its certain fix", () => {
    expect(checksOf("本报讯 7月14日,中原区召开会议。")).toEqual([["ascii-punctuation", ",", "，"]]);
    expect(checksOf("分别为:中原区应急管理局。")).toEqual([["ascii-punctuation", ":", "："]]);
    expect(checksOf("中央文化区(CCD)为引领。")).toEqual([
      ["ascii-punctuation", "(", "（"],
      ["ascii-punctuation", ")", "）"],
    ]);
  });

  it("leaves times, numbers and Latin text alone", () => {
    expect(checksOf("会议于10:30开始，投资1,000万元。")).toEqual([]);
    expect(checksOf("短视频+演讲+PPT的形式。")).toEqual([]);
  });

  it("finds them throughout the seed archive", () => {
    const blocks = seed.articles.flatMap((a) => a.paragraphs);
    const ascii = proofreadBlocks(blocks).filter((i) => i.check === "ascii-punctuation");
    expect(ascii.length).toBeGreaterThan(100);
    expect(new Set(ascii.map((i) => i.fix))).toEqual(new Set(["，", "：", "（", "）"]));
  });
});

describe("doubled characters and words", () => {
  it("flags 的的, 信念念 and the seed's 干部干部", () => {
    expect(checksOf("这是我的的书。")).toEqual([["doubled", "的的", "的"]]);
    expect(checksOf("坚定理想信念念，提升精神境界。")).toEqual([["doubled", "念念", "念"]]);
    expect(checksOf("为广大党员干部干部树立了标杆。")).toEqual([["doubled", "干部干部", "干部"]]);
  });

  it("does not flag ordinary reduplication or idioms", () => {
    expect(checksOf("大家常常说，人人都要踏踏实实，天天向上。")).toEqual([]);
    expect(checksOf("念念不忘，必有回响，工作井井有条。")).toEqual([]);
  });

  it("finds both real doublings in the seed", () => {
    const doubled = proofreadBlocks(seed.articles.flatMap((a) => a.paragraphs)).filter(
      (i) => i.check === "doubled",
    );
    expect(doubled.map((i) => i.fix)).toEqual(["干部", "念"]);
  });
});

describe("other checks", () => {
  it("flags unbalanced quotes and brackets", () => {
    expect(checksOf("围绕“党建引领主题。")).toEqual([["unbalanced", "“", undefined]]);
    expect(checksOf("见《通知。")).toEqual([["unbalanced", "《", undefined]]);
    expect(checksOf("他说：“好。”")).toEqual([]);
  });

  it("flags a paragraph without final punctuation", () => {
    expect(checksOf("会议研究了全区招商引资工作")).toEqual([["no-final-punctuation", "作", undefined]]);
    expect(checksOf("会议要求：")).toEqual([["no-final-punctuation", "：", undefined]]);
    expect(checksOf("会议结束。")).toEqual([]);
  });

  it("flags full-width digits and spaces inside Chinese, with fixes", () => {
    expect(checksOf("共有５９个项目。")).toEqual([["full-width-digits", "５９", "59"]]);
    expect(checksOf("严守纪律规矩 加强作风建设。")).toEqual([["space-in-chinese", " ", ""]]);
    expect(checksOf("本报讯 7月14日，会议召开。")).toEqual([]);
    expect(checksOf("本报讯 近日，会议召开。")).toEqual([]);
  });

  it("flags admin-listed terms with their replacement", () => {
    const terms = [{ term: "区直部门", replacement: "区直单位", note: "统一用语" }];
    expect(proofreadBlocks(["督促各区直部门推进。"], terms).map((i) => [i.check, i.fix, i.message])).toEqual([
      ["term", "区直单位", "“区直部门”：统一用语建议改为“区直单位”。"],
    ]);
  });
});
