import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArchive } from "@/lib/import/parse-archive";
import type { BlockKind } from "./proof-issue";
import { proofreadBlocks } from "./proofread-blocks";

const seed = parseArchive(
  readFileSync(path.join(__dirname, "../../prisma/archive/000_ad72465be87e4b1c.txt"), "utf8"),
);
const paragraphs = (texts: string[]) => texts.map((text) => ({ text, kind: "paragraph" as const }));
/** [check, flagged passage, fix] of every hint on one block. */
const checksOf = (text: string, kind: BlockKind = "paragraph", bold = false) =>
  proofreadBlocks([{ text, kind, bold }]).map((i) => [i.check, text.slice(i.from, i.to), i.fix]);

describe("ASCII punctuation in Chinese text", () => {
  it("flags the seed's half-width commas, colons and brackets, each with its certain fix", () => {
    expect(checksOf("本报讯 7月14日,中原区召开会议。")).toEqual([["ascii-punctuation", ",", "，"]]);
    expect(checksOf("分别为:中原区应急管理局。")).toEqual([["ascii-punctuation", ":", "："]]);
    expect(checksOf("中央文化区(CCD)为引领。")).toEqual([
      ["ascii-punctuation", "(", "（"],
      ["ascii-punctuation", ")", "）"],
    ]);
    expect(proofreadBlocks(paragraphs(["会议要求,全区推进。"]))[0].certain).toBe(true);
  });

  it("leaves times, numbers and Latin text alone", () => {
    expect(checksOf("会议于10:30开始，投资1,000万元。")).toEqual([]);
    expect(checksOf("短视频+演讲+PPT的形式。")).toEqual([]);
  });

  it("finds them throughout the seed archive's source text", () => {
    const ascii = proofreadBlocks(paragraphs(seed.articles.flatMap((a) => a.paragraphs))).filter(
      (i) => i.check === "ascii-punctuation",
    );
    expect(ascii.length).toBeGreaterThan(100);
    expect(new Set(ascii.map((i) => i.fix))).toEqual(new Set(["，", "：", "（", "）"]));
  });
});

describe("doubled characters and words", () => {
  it("flags 的的, 是是, 们们, 信念念 and the seed's 干部干部, with the doubling removed as the fix", () => {
    expect(checksOf("这是我的的书。")).toEqual([["doubled", "的的", "的"]]);
    expect(checksOf("这是是重要的会议。")).toEqual([["doubled", "是是", "是"]]);
    expect(checksOf("他们们都来了。")).toEqual([["doubled", "们们", "们"]]);
    expect(checksOf("这是我们们的责任。")).toEqual([["doubled", "们们", "们"]]);
    expect(checksOf("坚定理想信念念，提升精神境界。")).toEqual([["doubled", "念念", "念"]]);
    expect(checksOf("为广大党员干部干部树立了标杆。")).toEqual([["doubled", "干部干部", "干部"]]);
  });

  it("does not flag two words that meet on the same character", () => {
    expect(checksOf("现在在中原区，便民服务已覆盖全部街道。")).toEqual([]);
    expect(checksOf("为了了解情况，关键是是否落实，目的的确达到了。")).toEqual([]);
    expect(checksOf("加强工作作风建设，发展人民民主，中原区区长出席。")).toEqual([]);
    expect(checksOf("他说的的确是事实，学生生活丰富。")).toEqual([]);
  });

  it("does not flag a word the segmenter's dictionary lacks after a word ending in its first character", () => {
    expect(checksOf("深入学习习近平新时代中国特色社会主义思想。")).toEqual([]);
    expect(checksOf("党员深入入户走访，居民在在线平台上报名。")).toEqual([]);
  });

  it("does not flag ordinary reduplication or idioms", () => {
    expect(checksOf("大家常常说，人人都要踏踏实实，天天向上。")).toEqual([]);
    expect(checksOf("念念不忘，必有回响，工作井井有条，实实在在办实事。")).toEqual([]);
    expect(checksOf("一次次走访，一个个落实，困难重重也不退缩。")).toEqual([]);
    expect(checksOf("大家再研究研究这个方案。")).toEqual([]);
  });

  it("finds both real doublings in the seed", () => {
    const doubled = proofreadBlocks(paragraphs(seed.articles.flatMap((a) => a.paragraphs))).filter(
      (i) => i.check === "doubled",
    );
    expect(doubled.map((i) => i.fix)).toEqual(["干部", "念"]);
  });
});

describe("final punctuation", () => {
  it("flags a prose paragraph without it", () => {
    expect(checksOf("会议研究了全区招商引资工作")).toEqual([["no-final-punctuation", "作", undefined]]);
    expect(checksOf("会议结束。")).toEqual([]);
    expect(checksOf("他说：“好。”")).toEqual([]);
  });

  it("does not ask headings, subheadings, list items, table cells or bylines for it", () => {
    expect(checksOf("强化党建引领", "heading")).toEqual([]);
    expect(checksOf("居民就业情况", "list-item")).toEqual([]);
    expect(checksOf("建设路街道", "table-cell")).toEqual([]);
    expect(checksOf("一、强化党建引领")).toEqual([]);
    expect(checksOf("（二）完善服务体系")).toEqual([]);
    expect(checksOf("强化党建引领 提升治理效能")).toEqual([]);
    expect(checksOf("完善服务体系", "paragraph", true)).toEqual([]);
    expect(checksOf("记者 张明 通讯员 李华彬")).toEqual([]);
    expect(checksOf("（记者 张明）")).toEqual([]);
  });

  it("lets a colon hand on to what follows", () => {
    expect(checksOf("走访内容包括：")).toEqual([]);
    expect(checksOf("会议要求：")).toEqual([]);
  });
});

describe("quotes and brackets", () => {
  it("flags unbalanced quotes and brackets", () => {
    expect(checksOf("围绕“党建引领主题。")).toEqual([["unbalanced", "“", undefined]]);
    expect(checksOf("见《通知。")).toEqual([["unbalanced", "《", undefined]]);
    expect(checksOf("会议结束。”")).toEqual([["unbalanced", "”", undefined]]);
    expect(checksOf("他说：“好。”")).toEqual([]);
  });

  it("accepts a quotation running over paragraphs, each opening with “ and the last closing it", () => {
    const quote = ["他说：“第一，要抓好落实。", "“第二，要改进作风。", "“第三，要服务群众。”"];
    expect(proofreadBlocks(paragraphs(quote))).toEqual([]);
    expect(proofreadBlocks(paragraphs(["他说：“第一，要抓好落实。", "第二，要改进作风。"]))).toHaveLength(1);
  });
});

describe("spaces", () => {
  it("flags stray spaces between Chinese characters in prose, removed as the fix", () => {
    expect(checksOf("中原区召开 会议，部署工作。")).toEqual([["space-in-chinese", " ", ""]]);
    expect(checksOf("会议强调， 要抓好落实。")).toEqual([["space-in-chinese", " ", ""]]);
    expect(checksOf("中原区召开\u3000会议。")).toEqual([["space-in-chinese", "\u3000", ""]]);
  });

  it("flags WPS first-line indents in any block, removed as the fix", () => {
    expect(checksOf("\u3000\u3000本报讯 近日，会议召开。")).toEqual([["leading-space", "\u3000\u3000", ""]]);
    expect(checksOf("  强化党建引领", "heading")).toEqual([["leading-space", "  ", ""]]);
    expect(checksOf("会议召开。\n\u3000\u3000会议强调，要抓好落实。")).toEqual([
      ["leading-space", "\u3000\u3000", ""],
    ]);
  });

  it("leaves datelines, bylines, headings, list items and short quoted titles alone", () => {
    expect(checksOf("本报讯 7月14日，会议召开。")).toEqual([]);
    expect(checksOf("本报讯 近日，会议召开。")).toEqual([]);
    expect(checksOf("本报讯（记者 张明 通讯员 李华彬）近日，会议召开。")).toEqual([]);
    expect(checksOf("以“严守纪律规矩 加强作风建设”为主题。")).toEqual([]);
    expect(checksOf("记者 张明 通讯员 李华彬")).toEqual([]);
    expect(checksOf("抢抓发展机遇 注入新动能", "heading")).toEqual([]);
    expect(checksOf("7月14日 召开动员会", "list-item")).toEqual([]);
    expect(checksOf("张\u3000明", "table-cell")).toEqual([]);
  });
});

describe("other checks", () => {
  it("flags full-width digits with a certain fix", () => {
    expect(checksOf("共有５９个项目。")).toEqual([["full-width-digits", "５９", "59"]]);
  });

  it("flags admin-listed terms with their replacement, offered one at a time", () => {
    const terms = [{ term: "区直部门", replacement: "区直单位", note: "统一用语" }];
    expect(
      proofreadBlocks(paragraphs(["督促各区直部门推进。"]), terms).map((i) => [
        i.check,
        i.fix,
        i.certain,
        i.message,
      ]),
    ).toEqual([["term", "区直单位", undefined, "“区直部门”：统一用语建议改为“区直单位”。"]]);
  });
});
