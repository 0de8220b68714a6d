import { describe, expect, it } from "vitest";
import { renderFeed } from "./render-feed";
import { renderSitemap } from "./render-sitemap";

const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

describe("renderFeed and renderSitemap", () => {
  it("never emit a character XML cannot carry, whatever a stored headline holds", () => {
    const feed = renderFeed("https://news.example", "中原区报\u0001<试刊>", [
      {
        id: "a1",
        headline: "区政府\u000B常务会议召开",
        subtitle: "副题\u0000<b>",
        summary: "本报讯\u0008 会议 & 研究",
        publishedAt: new Date("2026-11-26T00:00:00Z"),
        section: { name: "要闻\u001F" },
        creators: ["鲁燕", "王畅"],
      },
    ]);
    expect(feed).not.toMatch(XML_INVALID);
    expect(feed).toContain("<title>中原区报&lt;试刊&gt;</title>");
    expect(feed).toContain("<title>区政府常务会议召开——副题&lt;b&gt;</title>");
    expect(feed).toContain("<description>本报讯 会议 &amp; 研究</description>");
    expect(feed).toContain("<category>要闻</category>");
    expect(feed).toContain("<dc:creator>鲁燕</dc:creator><dc:creator>王畅</dc:creator>");

    const sitemap = renderSitemap("https://news.example", [
      { path: "/articles/a\u0001b", lastModified: null },
    ]);
    expect(sitemap).not.toMatch(XML_INVALID);
    expect(sitemap).toContain("<loc>https://news.example/articles/ab</loc>");
  });
});
