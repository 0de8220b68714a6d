import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArchive } from "./parse-archive";

const seed = readFileSync(path.join(__dirname, "../../prisma/archive/000_ad72465be87e4b1c.txt"), "utf8");
const archive = parseArchive(seed);
const [meeting, grid, review, discipline, community] = archive.articles;

describe("parseArchive on the seed issue", () => {
  it("finds the five articles with headline and deck split at the first space", () => {
    expect(archive.articles.map((a) => [a.headline, a.subtitle])).toEqual([
      ["中原区政府2023年第十三次常务会议召开", "抢抓战略性新兴产业发展机遇 为区域经济发展注入新动能"],
      ["区领导调研党建引领网格化基层治理工作", "增强街道城运中心统筹能力 切实解决群众急难愁盼问题"],
      [
        "中原区召开区直机关“双抓双促”活动党支部书记述职评议会",
        "坚持政治为先 扛稳党建职责 推动机关党建工作高质量发展",
      ],
      ["中原区委宣传部开展主题纪律教育活动", "严守纪律规矩 加强作风建设 营造讲纪律守规矩浓厚氛围"],
      ["中原区三个社区分获郑州市社区社会工作暨社区公益慈善项目大赛金、银奖和优秀奖", ""],
    ]);
  });

  it("reads both byline shapes: after a hard break and as a block split over two lines", () => {
    expect(archive.articles.map((a) => a.credits)).toEqual([
      [
        { role: "REPORTER", name: "鲁燕" },
        { role: "CORRESPONDENT", name: "王畅" },
      ],
      [
        { role: "REPORTER", name: "鲁燕" },
        { role: "CORRESPONDENT", name: "付铭扬" },
      ],
      [
        { role: "REPORTER", name: "鲁燕" },
        { role: "CORRESPONDENT", name: "李娟" },
      ],
      [
        { role: "REPORTER", name: "鲁燕" },
        { role: "CORRESPONDENT", name: "王飞" },
        { role: "CORRESPONDENT", name: "李钰沛" },
      ],
      [
        { role: "REPORTER", name: "鲁燕" },
        { role: "CORRESPONDENT", name: "闫熹宸" },
      ],
    ]);
  });

  it("rejoins paragraphs cut mid-sentence, without a space", () => {
    expect(meeting.paragraphs[0]).toContain("坚持人民至上、生命至上");
    expect(meeting.paragraphs[1]).toBe(
      "会议进行了第二次“问学前沿”讲座,河南工业大学教授宁祎讲解机器人产业发展有关情况。",
    );
    expect(meeting.paragraphs[2]).toContain("抢占创新发展制高点");
    expect(grid.paragraphs[1]).toContain("网格员队伍壮大");
    expect(grid.paragraphs[1]).toContain("实现群众满意");
    expect(review.paragraphs[2]).toContain("中原区医疗保障局党支部");
    expect(community.paragraphs[1]).toContain("6个铜奖");
  });

  it("keeps the byline out of the body and counts paragraphs after rejoining", () => {
    expect(archive.articles.map((a) => a.paragraphs.length)).toEqual([5, 2, 4, 4, 3]);
    expect(meeting.paragraphs.at(-1)).toBe("会议还研究了其他事项。");
    for (const article of archive.articles) {
      expect(article.paragraphs.join("")).not.toMatch(/记者 鲁燕|通讯员/);
    }
  });

  it("keeps the source punctuation and text untouched for provenance", () => {
    expect(meeting.paragraphs[0]).toMatch(/^本报讯 7月14日,中原区/);
    expect(discipline.sourceText.startsWith("## 中原区委宣传部开展主题纪律教育活动 严守纪律规矩")).toBe(true);
    expect(discipline.sourceText).toContain("理想信念\n\n念,提升");
    expect(discipline.sourceText.endsWith("通讯员 王飞 李钰沛")).toBe(true);
  });

  it("warns about the character doubled across a cut and keeps it", () => {
    expect(archive.warnings).toEqual([
      expect.objectContaining({
        code: "DOUBLED_AT_CUT",
        article: 4,
        message: expect.stringContaining("信念|念"),
      }),
    ]);
    expect(discipline.paragraphs[1]).toContain("理想信念念,提升精神境界");
  });

  it("infers the issue date from the text: year 2023, latest day mentioned", () => {
    expect(archive.issueDate).toBe("2023-07-18");
    expect(archive.dateEvidence).toEqual(["2023年", "7月14日", "7月18日"]);
  });
});

describe("parseArchive on malformed files", () => {
  it.each([
    ["an empty file", "  \n\n", "文件是空的"],
    ["a file without headings", "本报讯 7月14日,会议召开。\n", "没有以 # 或 ## 开头的标题行"],
    [
      "an article without body",
      "# 标题\n\n## 第二篇\n\n本报讯 2023年7月1日,正文。\n",
      "第1篇《标题》没有正文",
    ],
    ["a file without any date", "# 标题\n\n本报讯 近日,会议召开。\n", "无法从正文推断出版日期"],
  ])("refuses %s with a clear message", (_, text, message) => {
    expect(() => parseArchive(text)).toThrow(message);
  });

  it("accepts an explicit issue date when the text has none", () => {
    expect(parseArchive("# 标题\n\n本报讯 近日,会议召开。\n", { issueDate: "2024-01-02" }).issueDate).toBe(
      "2024-01-02",
    );
  });

  it("warns when an article has no byline and when its last paragraph is unfinished", () => {
    const parsed = parseArchive("# 标题\n\n2023年5月4日,会议召开,研究了\n");
    expect(parsed.warnings.map((w) => w.code)).toEqual(["NO_BYLINE", "NO_FINAL_PUNCTUATION"]);
  });

  it("drops characters XML cannot carry from headlines, decks and text", () => {
    const parsed = parseArchive("# 标\u000B题 副\u0000题\n\n2023年5月4日，会议\u0008召开。\n");
    expect([parsed.articles[0].headline, parsed.articles[0].subtitle, parsed.articles[0].paragraphs]).toEqual(
      ["标题", "副题", ["2023年5月4日，会议召开。"]],
    );
  });
});
