import { describe, expect, it } from "vitest";
import { paragraphsToDoc } from "./article-doc";
import { validateArticleDoc } from "./validate-doc";

const withLink = (href: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "链接", marks: [{ type: "link", attrs: { href } }] }] }],
});

describe("validateArticleDoc", () => {
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
    expect(validateArticleDoc(doc)).toEqual(doc);
    expect(validateArticleDoc(paragraphsToDoc(["正文。"]))).toBeTruthy();
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>", "vbscript:x", "/relative"])(
    "refuses a link to %j",
    (href) => {
      expect(() => validateArticleDoc(withLink(href))).toThrow("链接只能使用");
    },
  );

  it("refuses nodes and marks the editor does not have", () => {
    expect(() => validateArticleDoc({ type: "doc", content: [{ type: "iframe", attrs: { src: "https://x" } }] })).toThrow("不支持");
    expect(() =>
      validateArticleDoc({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "script" }] }] }] }),
    ).toThrow("不支持");
    expect(() => validateArticleDoc({ type: "paragraph" })).toThrow("正文格式无效");
    expect(() => validateArticleDoc("<p>html</p>")).toThrow("正文格式无效");
  });

  it("accepts only uploaded images, each with alt text", () => {
    const image = (attrs: Record<string, string>) => ({ type: "doc", content: [{ type: "image", attrs }] });
    expect(validateArticleDoc(image({ src: "/api/uploads/cm1abcdefghij", alt: "会议现场" }))).toBeTruthy();
    expect(() => validateArticleDoc(image({ src: "https://evil.example/x.png", alt: "x" }))).toThrow("上传");
    expect(() => validateArticleDoc(image({ src: "/api/uploads/cm1abcdefghij", alt: " " }))).toThrow("替代文字");
  });
});
