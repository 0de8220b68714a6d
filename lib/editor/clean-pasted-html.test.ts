import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "./clean-pasted-html";

const fixture = (name: string) => readFileSync(`e2e/fixtures/clipboard/${name}`, "utf8");

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{font-family:宋体}</style></head>
<body><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
<p class="MsoNormal" style="text-indent:2em"><span lang="ZH-CN" style="font-family:宋体;color:red">本报讯<o:p></o:p></span><b><span style="font-size:14pt">重要</span></b></p></body></html>`;

describe("cleanPastedHtml", () => {
  it("keeps the text and allowed formatting of a Word paste, and drops the rest", () => {
    const cleaned = cleanPastedHtml(WORD);
    expect(cleaned).toContain("<p>本报讯<b>重要</b></p>");
    expect(cleaned).not.toMatch(/style|class=|MsoNormal|<o:p>|<span|WordDocument|宋体/);
  });

  it("removes scripts and comments outright", () => {
    expect(cleanPastedHtml("<p>a<script>alert(1)</script><!-- x -->b</p>")).toBe("<p>ab</p>");
  });

  it("brings a Word 2016 clipboard down to headings, bold, links, lists, a table and a placeholder for its picture", () => {
    const cleaned = cleanPastedHtml(fixture("word-2016.html"));
    expect(cleaned).toContain("<h2>网格员培训覆盖全区12个街道</h2>");
    expect(cleaned).toContain(
      '<b>基层治理</b>和矛盾纠纷化解展开，详见<a href="https://www.zhongyuan.gov.cn/">区政府网站</a>',
    );
    expect(cleaned).toMatch(/<ol><li><p>政策解读<\/p><\/li>\s*<li><p>案例交流<\/p><\/li><\/ol>/);
    expect(cleaned).toMatch(/<table>\s*<tr><td><p><b>街道<\/b><\/p><\/td>/);
    expect(cleaned).toContain("<td><p>32</p></td>");
    // Word's fallback <img> stands for the picture once; the VML copy of it is gone.
    expect(cleaned.match(/<img /g)).toHaveLength(1);
    expect(cleaned).toContain('<img data-image-placeholder data-origin="local" alt="网格员培训现场">');
    // Out of its paragraph, which would otherwise stay behind as a blank line.
    expect(cleaned).not.toMatch(/<p>\s*<img/);
    expect(cleaned).toContain("<p>（记者 张明 通讯员 李华）</p>");
    expect(cleaned).not.toMatch(
      /\u3000|file:|mso-|MsoNormal|v:shape|<o:p>|supportLists|style=|class=|width=/,
    );
  });

  it("drops WPS's full-width indents, also inside table cells, and the line breaks of its HTML between Chinese characters", () => {
    const cleaned = cleanPastedHtml(fixture("wps-2019.html"));
    expect(cleaned).not.toContain("\u3000");
    expect(cleaned).toContain("新建社区食堂6家，解决老年人“吃饭难”问题。</p>");
    expect(cleaned).toContain("<td><p>棉纺路小区</p></td>");
    expect(cleaned).toContain('</p><img data-image-placeholder data-origin="local" alt=""><table>');
  });

  it("drops indents written as spaces, entities or inside inline tags, and trailing spaces", () => {
    expect(cleanPastedHtml("<p>&#12288;&#12288;本报讯。　</p>")).toBe("<p>本报讯。</p>");
    expect(cleanPastedHtml("<p><b>　　本报讯</b></p><p>&nbsp;&nbsp; 近日 </p>")).toBe(
      "<p><b>本报讯</b></p><p>近日</p>",
    );
    expect(cleanPastedHtml("<p>　　</p><p>正文</p>")).toBe("<p>正文</p>");
  });

  it("keeps a deliberate space inside a line, and Latin text's spaces", () => {
    expect(cleanPastedHtml("<p>本报讯 近日，Zhongyuan District\nNews。</p>")).toBe(
      "<p>本报讯 近日，Zhongyuan District\nNews。</p>",
    );
  });

  it("turns foreign and local images into placeholders and keeps the newsroom's own uploads", () => {
    const html =
      '<p><img src="https://example.com/a.jpg" alt="会场"></p><p><img src="file:///C:/x.png"></p>' +
      '<p><img src="http://localhost:3110/api/uploads/cm1abcdefghij" alt="自己的"></p><p><img src="/api/uploads/cm1abcdefghik" alt="相对"></p>';
    expect(cleanPastedHtml(html, { siteOrigin: "http://localhost:3110" })).toBe(
      '<img data-image-placeholder data-origin="web" alt="会场"><img data-image-placeholder data-origin="local" alt="">' +
        '<img src="/api/uploads/cm1abcdefghij" alt="自己的"><img src="/api/uploads/cm1abcdefghik" alt="相对">',
    );
    // Another site's path that looks like an upload is still another site's picture.
    expect(
      cleanPastedHtml('<img src="https://evil.example/api/uploads/cm1abcdefghij">', {
        siteOrigin: "http://localhost:3110",
      }),
    ).toContain('data-origin="web"');
  });

  it("keeps table spans and maps Word's heading levels onto the editor's", () => {
    expect(
      cleanPastedHtml(
        '<table><tr><td colspan=2 width=300 style="x">合计</td></tr></table><h1 class=x>一</h1><h4>二</h4>',
      ),
    ).toBe("<table><tr><td colspan=2>合计</td></tr></table><h2>一</h2><h3>二</h3>");
  });

  it("makes bulleted Word lists <ul>", () => {
    const item = (text: string) =>
      `<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Wingdings'>l<span>&nbsp; </span></span><![endif]>${text}</p>`;
    expect(cleanPastedHtml(item("甲") + "\n" + item("乙"))).toBe(
      "<ul><li><p>甲</p></li>\n<li><p>乙</p></li></ul>",
    );
  });
});
