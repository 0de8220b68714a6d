import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "./clean-pasted-html";

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{font-family:宋体}</style></head>
<body><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
<p class="MsoNormal" style="text-indent:2em"><span lang="ZH-CN" style="font-family:宋体;color:red">本报讯<o:p></o:p></span><b><span style="font-size:14pt">重要</span></b></p></body></html>`;

describe("cleanPastedHtml", () => {
  it("keeps the text and allowed formatting of a Word paste, and drops the rest", () => {
    const cleaned = cleanPastedHtml(WORD);
    expect(cleaned).toContain('<p>本报讯<b>重要</b></p>');
    expect(cleaned).not.toMatch(/style|class=|MsoNormal|<o:p>|<span|WordDocument|宋体/);
  });

  it("removes scripts and comments outright", () => {
    expect(cleanPastedHtml('<p>a<script>alert(1)</script><!-- x -->b</p>')).toBe("<p>ab</p>");
  });
});
