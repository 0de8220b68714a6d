import { describe, expect, it } from "vitest";
import { articleContent, sameDoc } from "./article-content";

const photo = {
  type: "image",
  attrs: { src: "/api/uploads/abcdefghij12", alt: "会场全景照片", caption: "图为会议现场。", credit: "王畅" },
};

describe("articleContent (the storage boundary of an article's text)", () => {
  it("stores the cleaned document with its plain text and the 字数 of headline, deck and text", () => {
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "会议\u000B召开。" }] },
        photo,
        { type: "paragraph", content: [{ type: "text", text: "会议强调。" }] },
      ],
    };
    const content = articleContent({ headline: "区政府会议", subtitle: "部署工作", body });
    expect(content.body.content).toHaveLength(3);
    expect(content.plainText).toBe("会议召开。\n图为会议现场。\n会议强调。");
    // 5 + 4 + 5 + 7 + 5: the caption counts, the alt text and the credit do not.
    expect(content.charCount).toBe(26);
  });

  it("refuses what the editor's gate refuses, so nothing is stored", () => {
    expect(() =>
      articleContent({ headline: "", subtitle: "", body: { type: "doc", content: [{ type: "iframe" }] } }),
    ).toThrow("正文包含编辑器不支持的内容。");
    expect(() => articleContent({ headline: "", subtitle: "", body: "纯文本" })).toThrow("正文格式无效。");
  });
});

describe("sameDoc", () => {
  it("compares documents by content", () => {
    const doc = articleContent({
      headline: "",
      subtitle: "",
      body: { type: "doc", content: [{ type: "paragraph" }] },
    }).body;
    expect(sameDoc(JSON.parse(JSON.stringify(doc)), doc)).toBe(true);
    expect(sameDoc({ type: "doc", content: [] }, doc)).toBe(false);
  });

  it("ignores the order of an object's keys, which PostgreSQL's jsonb does not keep", () => {
    const doc = articleContent({ headline: "", subtitle: "", body: { type: "doc", content: [photo] } }).body;
    const reordered = JSON.parse(JSON.stringify(doc), (_key, value: unknown) =>
      value !== null && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as typeof doc;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(doc));
    expect(sameDoc(reordered, doc)).toBe(true);
    expect(sameDoc(reordered, { ...doc, content: [] })).toBe(false);
  });
});
