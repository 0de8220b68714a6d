import { describe, expect, it } from "vitest";
import type { SearchResults } from "@/lib/search/search-public";
import { composeSearchPage, escapeLikeReact, isSearchFrame } from "./compose-search-page";

/** The search page without a query, in the shape Next renders it (trimmed). */
const FRAME =
  '<html lang="zh-CN"><head><title>搜索 - 中原区报</title><meta property="og:title" content="搜索 - 中原区报"/></head>' +
  '<body><form action="/search"><input type="search" name="q" value="" class="w-full"/></form>' +
  '<p class="mt-8 text-muted" lang="zh-CN">输入关键词搜索本报已发布的文章，例如：党建、社区、网格。</p></body></html>';

const results: SearchResults = {
  total: 45,
  kind: "found",
  sectionName: null,
  capped: false,
  page: 2,
  pages: 3,
  hits: [
    {
      id: "a1",
      headline: [
        { text: "社区", mark: true },
        { text: "<新闻>", mark: false },
      ],
      subtitle: "",
      byline: [
        { text: "记者 ", mark: false },
        { text: "鲁燕", mark: true },
      ],
      snippet: [{ text: "正文", mark: false }],
      issue: { number: 7, date: "2026-11-27" },
      section: "要闻",
    },
  ],
};

describe("composeSearchPage", () => {
  it("fills in the query, escaped, and the results where the hint was", () => {
    const q = `社区 "<x>&'`;
    const html = composeSearchPage(FRAME, "zh-CN", { q, page: 2 }, results);
    const escaped = escapeLikeReact(q);
    expect(escaped).toBe("社区 &quot;&lt;x&gt;&amp;&#x27;");
    expect(html).toContain(`<title>${escaped} - 搜索 - 中原区报</title>`);
    expect(html).toContain(`content="${escaped} - 搜索 - 中原区报"`);
    expect(html).toContain(`name="q" value="${escaped}"`);
    expect(html).not.toContain("输入关键词");
    expect(html).not.toContain("<x>");
    expect(html).toContain("<mark");
    expect(html).toContain("&lt;新闻&gt;");
    expect(html).toContain(
      '第7期 · 2026年11月27日 · 要闻<span> · <span>记者 </span><mark class="bg-amber-200 px-0.5 text-ink">鲁燕</mark></span>',
    );
    // Both neighbouring pages, with the query in their addresses.
    expect(html).toContain(`href="/search?${new URLSearchParams({ q, page: "1" })}`.replace("&", "&amp;"));
    expect(html).toContain("&amp;page=3");
  });

  it("takes only a page with each place to fill in exactly once as a frame", () => {
    expect(isSearchFrame(FRAME, "zh-CN")).toBe(true);
    expect(isSearchFrame(FRAME, "en")).toBe(false);
    expect(isSearchFrame(FRAME.replace(' value=""', ' value="x"'), "zh-CN")).toBe(false);
    expect(isSearchFrame(FRAME.replace("</body>", '<input name="q" value=""/></body>'), "zh-CN")).toBe(false);
    expect(isSearchFrame(FRAME.replace("<title>搜索", "<title>文章"), "zh-CN")).toBe(false);
  });
});
