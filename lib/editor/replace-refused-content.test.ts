import { describe, expect, it } from "vitest";
import { normalizeArticleDoc } from "./normalize-doc";
import { replaceRefusedContent } from "./replace-refused-content";

describe("replaceRefusedContent", () => {
  it("turns a backup the server refuses into one it stores, keeping uploads and safe links", () => {
    const backup = {
      type: "doc",
      content: [
        { type: "image", attrs: { src: "file:///C:/Users/a/clip_image002.png", alt: "会场" } },
        { type: "image", attrs: { src: "/api/uploads/cm1abcdefghij", alt: "合影" } },
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "坏",
              marks: [{ type: "bold" }, { type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
            { type: "text", text: "好", marks: [{ type: "link", attrs: { href: "https://a.cn" } }] },
          ],
        },
      ],
    };
    expect(() => normalizeArticleDoc(backup)).toThrow("第 1 张图片（会场）");
    const repaired = replaceRefusedContent(backup);
    expect(normalizeArticleDoc(repaired)).toEqual({
      type: "doc",
      content: [
        { type: "imagePlaceholder", attrs: { alt: "会场", origin: null, uploading: null } },
        backup.content[1],
        {
          type: "paragraph",
          content: [{ type: "text", text: "坏", marks: [{ type: "bold" }] }, backup.content[2]!.content![1]],
        },
      ],
    });
  });
});
