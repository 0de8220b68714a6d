import { describe, expect, it } from "vitest";
import { paragraphsToDoc } from "./article-doc";
import { normalizeArticleDoc } from "./normalize-doc";

const withLink = (href: string) => ({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [{ type: "text", text: "链接", marks: [{ type: "link", attrs: { href } }] }],
    },
  ],
});

describe("normalizeArticleDoc", () => {
  it("accepts headings, lists, quotes and safe links", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "小标题" }] },
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "一" }] }] },
          ],
        },
        {
          type: "blockquote",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "引文", marks: [{ type: "bold" }] }] },
          ],
        },
        ...withLink("mailto:news@example.cn").content,
      ],
    };
    expect(normalizeArticleDoc(doc)).toEqual(doc);
    expect(normalizeArticleDoc(paragraphsToDoc(["正文。"]))).toBeTruthy();
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>",
    "vbscript:x",
    "/relative",
  ])("refuses a link to %j", (href) => {
    expect(() => normalizeArticleDoc(withLink(href))).toThrow("链接只能使用");
  });

  it("refuses nodes and marks the editor does not have", () => {
    expect(() =>
      normalizeArticleDoc({ type: "doc", content: [{ type: "iframe", attrs: { src: "https://x" } }] }),
    ).toThrow("不支持");
    expect(() =>
      normalizeArticleDoc({
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "script" }] }] }],
      }),
    ).toThrow("不支持");
    expect(() => normalizeArticleDoc({ type: "paragraph" })).toThrow("正文格式无效");
    expect(() => normalizeArticleDoc("<p>html</p>")).toThrow("正文格式无效");
  });

  it("accepts only uploaded images, each with alt text", () => {
    const image = (attrs: Record<string, string>) => ({ type: "doc", content: [{ type: "image", attrs }] });
    expect(normalizeArticleDoc(image({ src: "/api/uploads/cm1abcdefghij", alt: "会议现场" }))).toBeTruthy();
    expect(() => normalizeArticleDoc(image({ src: "https://evil.example/x.png", alt: "x" }))).toThrow("上传");
    expect(() => normalizeArticleDoc(image({ src: "/api/uploads/cm1abcdefghij", alt: " " }))).toThrow(
      "替代文字",
    );
  });
});

describe("normalizeArticleDoc repairs what a text edit leaves behind", () => {
  it("drops empty text nodes, which ProseMirror refuses to open", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "前" },
            { type: "text", text: "", marks: [{ type: "bold" }] },
            { type: "text", text: "后" },
          ],
        },
      ],
    };
    expect(normalizeArticleDoc(doc)).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "前" },
            { type: "text", text: "后" },
          ],
        },
      ],
    });
  });

  it("removes characters XML cannot carry, in text and attributes", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "中原\u000B区报\u0000" },
            { type: "text", text: "\u0008" },
          ],
        },
        { type: "image", attrs: { src: "/api/uploads/cm1abcdefghij", alt: "会场\u0001" } },
      ],
    };
    expect(normalizeArticleDoc(doc)).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "中原区报" }] },
        { type: "image", attrs: { src: "/api/uploads/cm1abcdefghij", alt: "会场" } },
      ],
    });
  });

  it("still refuses a document with no block at all", () => {
    expect(() => normalizeArticleDoc({ type: "doc", content: [] })).toThrow("不支持");
  });
});

describe("normalizeArticleDoc and pasted pictures that could not come along", () => {
  const placeholder = (attrs: Record<string, unknown>) => ({
    type: "imagePlaceholder",
    attrs: { alt: "", origin: null, uploading: null, ...attrs },
  });
  const text = (value: string) => ({ type: "paragraph", content: [{ type: "text", text: value }] });

  it("accepts a 请重新上传此图片 placeholder, also inside a table cell, so a save never fails on it", () => {
    const cell = {
      type: "tableCell",
      attrs: { colspan: 1, rowspan: 1, colwidth: null },
      content: [placeholder({ origin: "web" })],
    };
    const doc = {
      type: "doc",
      content: [
        text("前文"),
        placeholder({ alt: "会场", origin: "local" }),
        { type: "table", content: [{ type: "tableRow", content: [cell] }] },
      ],
    };
    expect(normalizeArticleDoc(doc)).toEqual(doc);
  });

  it("forgets an upload that was still running when the editor saved", () => {
    const doc = normalizeArticleDoc({ type: "doc", content: [placeholder({ uploading: "paste-1" })] });
    expect(doc.content?.[0]?.attrs?.uploading).toBeNull();
  });

  it("names the refused image by its place and alt text, and counts the others", () => {
    const image = (src: string, alt: string) => ({ type: "image", attrs: { src, alt } });
    const doc = {
      type: "doc",
      content: [
        image("/api/uploads/cm1abcdefghij", "第一张"),
        image("file:///C:/Users/a/clip_image002.png", "网格员培训现场"),
        image("https://example.com/b.jpg", ""),
      ],
    };
    expect(() => normalizeArticleDoc(doc)).toThrow(
      "第 2 张图片（网格员培训现场）不是本报上传的文件：图片必须通过上传添加。（共 2 处需要处理）",
    );
  });

  it("names a refused link by its text", () => {
    expect(() => normalizeArticleDoc(withLink("javascript:alert(1)"))).toThrow(
      "链接“链接”（javascript:alert(1)）无效",
    );
  });
});
