import { describe, expect, it } from "vitest";
import { paragraphsToDoc } from "./article-doc";
import { normalizeArticleDoc } from "./normalize-doc";

const withLink = (href: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "链接", marks: [{ type: "link", attrs: { href } }] }] }],
});

describe("normalizeArticleDoc", () => {
  it("accepts headings, lists, quotes and safe links", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "小标题" }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "一" }] }] }] },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "引文", marks: [{ type: "bold" }] }] }] },
        ...withLink("mailto:news@example.cn").content,
      ],
    };
    expect(normalizeArticleDoc(doc)).toEqual(doc);
    expect(normalizeArticleDoc(paragraphsToDoc(["正文。"]))).toBeTruthy();
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>", "vbscript:x", "/relative"])(
    "refuses a link to %j",
    (href) => {
      expect(() => normalizeArticleDoc(withLink(href))).toThrow("链接只能使用");
    },
  );

  it("refuses nodes and marks the editor does not have", () => {
    expect(() => normalizeArticleDoc({ type: "doc", content: [{ type: "iframe", attrs: { src: "https://x" } }] })).toThrow("不支持");
    expect(() =>
      normalizeArticleDoc({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "script" }] }] }] }),
    ).toThrow("不支持");
    expect(() => normalizeArticleDoc({ type: "paragraph" })).toThrow("正文格式无效");
    expect(() => normalizeArticleDoc("<p>html</p>")).toThrow("正文格式无效");
  });

  it("accepts only uploaded images, each with alt text", () => {
    const image = (attrs: Record<string, string>) => ({ type: "doc", content: [{ type: "image", attrs }] });
    expect(normalizeArticleDoc(image({ src: "/api/uploads/cm1abcdefghij", alt: "会议现场" }))).toBeTruthy();
    expect(() => normalizeArticleDoc(image({ src: "https://evil.example/x.png", alt: "x" }))).toThrow("上传");
    expect(() => normalizeArticleDoc(image({ src: "/api/uploads/cm1abcdefghij", alt: " " }))).toThrow("替代文字");
  });
});

describe("normalizeArticleDoc repairs what a text edit leaves behind", () => {
  it("drops empty text nodes, which ProseMirror refuses to open", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "" }] },
        { type: "paragraph", content: [{ type: "text", text: "前" }, { type: "text", text: "", marks: [{ type: "bold" }] }, { type: "text", text: "后" }] },
      ],
    };
    expect(normalizeArticleDoc(doc)).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [] },
        { type: "paragraph", content: [{ type: "text", text: "前" }, { type: "text", text: "后" }] },
      ],
    });
  });

  it("removes characters XML cannot carry, in text and attributes", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "中原\u000B区报\u0000" }, { type: "text", text: "\u0008" }] },
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
