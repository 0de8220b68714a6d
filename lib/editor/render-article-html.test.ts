import { describe, expect, it } from "vitest";
import { paragraphsToDoc } from "./article-doc";
import { renderArticleHtml } from "./render-article-html";

describe("renderArticleHtml", () => {
  it("renders paragraphs and escapes their text", () => {
    expect(renderArticleHtml(paragraphsToDoc(["坚持人民至上。", "<script>alert(1)</script>"]))).toBe(
      "<p>坚持人民至上。</p><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    );
  });

  it("drops javascript: links and keeps https ones with a safe rel", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "坏", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
            {
              type: "text",
              text: "好",
              marks: [{ type: "link", attrs: { href: "https://www.zhongyuan.gov.cn/" } }],
            },
          ],
        },
      ],
    };
    const html = renderArticleHtml(doc);
    expect(html).not.toContain("javascript:");
    expect(html).toMatch(/<a [^>]*href="https:\/\/www\.zhongyuan\.gov\.cn\/"[^>]*>好<\/a>/);
    expect(html).toMatch(/<a [^>]*rel="noopener noreferrer nofollow"[^>]*>好<\/a>/);
  });

  it("never lets event handlers or data: images through", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "image", attrs: { src: "data:image/png;base64,AAAA", alt: "x", onerror: "alert(1)" } },
      ],
    };
    const html = renderArticleHtml(doc);
    expect(html).not.toMatch(/onerror|data:/);
  });

  it("shows a stored document that breaks the schema as its text instead of failing the page", () => {
    const emptied = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "会议" },
            { type: "text", text: "", marks: [{ type: "bold" }] },
            { type: "text", text: "召开。" },
          ],
        },
      ],
    };
    expect(renderArticleHtml(emptied)).toBe("<p>会议召开。</p>");
    const foreign = {
      type: "doc",
      content: [
        { type: "table", content: [{ type: "paragraph", content: [{ type: "text", text: "第一段<b>" }] }] },
        { type: "paragraph", content: [{ type: "text", text: "第二段" }] },
      ],
    };
    expect(renderArticleHtml(foreign)).toBe("<p>第一段&lt;b&gt;</p><p>第二段</p>");
  });

  it("renders a photo as a figure with its caption and credit, its copies as srcset and its pixel size", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "image",
          attrs: {
            src: "/api/uploads/clphoto0000000001",
            alt: "社区志愿者",
            width: 1200,
            height: 800,
            caption: "志愿者在社区服务",
            credit: "王畅",
          },
        },
        { type: "image", attrs: { src: "/api/uploads/clphoto0000000002", alt: "旧图" } },
      ],
    };
    const html = renderArticleHtml(doc);
    expect(html).toContain(
      '<figure class="article-figure"><img src="/api/uploads/clphoto0000000001?w=960" alt="社区志愿者" srcset="/api/uploads/clphoto0000000001?w=480 480w, /api/uploads/clphoto0000000001?w=960 960w, /api/uploads/clphoto0000000001?w=1200 1200w" sizes="(max-width: 720px) 100vw, 672px" width="1200" height="800" loading="lazy" decoding="async" />',
    );
    expect(html).toContain(
      '<figcaption><span class="figure-caption">志愿者在社区服务</span><span class="figure-credit">摄影 王畅</span></figcaption></figure>',
    );
    // An upload from before responsive sizes has no copies: its own address, no srcset.
    expect(html).toContain(
      '<figure class="article-figure"><img src="/api/uploads/clphoto0000000002" alt="旧图" loading="lazy" decoding="async" /></figure>',
    );
  });
});

describe("renderArticleHtml with tables and placeholders", () => {
  const cell = (text: string, type = "tableCell") => ({
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: [120] },
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });
  const table = {
    type: "table",
    content: [
      { type: "tableRow", content: [cell("街道", "tableHeader"), cell("人数", "tableHeader")] },
      {
        type: "tableRow",
        content: [cell("林山寨街道"), { ...cell("32"), attrs: { colspan: 2, rowspan: 1, colwidth: null } }],
      },
    ],
  };
  const placeholder = { type: "imagePlaceholder", attrs: { alt: "会场", origin: "web", uploading: null } };

  it("renders a table inside its scrolling wrapper, with spans but without inline widths", () => {
    expect(renderArticleHtml({ type: "doc", content: [table] })).toBe(
      '<div class="tableWrapper"><table><tbody><tr><th><p>街道</p></th><th><p>人数</p></th></tr><tr><td><p>林山寨街道</p></td><td colspan="2"><p>32</p></td></tr></tbody></table></div>',
    );
  });

  it("leaves placeholders out for readers, and shows them in the newsroom", () => {
    const doc = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "正文" }] }, placeholder],
    };
    expect(renderArticleHtml(doc)).toBe("<p>正文</p>");
    expect(renderArticleHtml(doc, { placeholders: "show" })).toBe(
      '<p>正文</p><div data-image-placeholder class="image-placeholder">请重新上传此图片（会场）：其他网站的图片不会自动转存</div>',
    );
  });

  it("keeps a table whose only content was a placeholder valid for readers", () => {
    const only = {
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [
            { type: "tableCell", attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [placeholder] },
          ],
        },
      ],
    };
    expect(renderArticleHtml({ type: "doc", content: [only] })).toBe(
      '<div class="tableWrapper"><table><tbody><tr><td><p></p></td></tr></tbody></table></div>',
    );
  });
});
