import { describe, expect, it } from "vitest";
import { normalizeArticleDoc } from "@/lib/editor/normalize-doc";
import { renderArticleHtml } from "@/lib/editor/render-article-html";
import { anchorIds } from "./anchor-ids";

const anchored = (id: string) => ({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "本报讯 " },
        {
          type: "text",
          text: "三百名居民",
          marks: [{ type: "commentAnchor", attrs: { id } }, { type: "bold" }],
        },
        { type: "text", text: "参加。" },
      ],
    },
  ],
});

describe("comment anchors in the stored document", () => {
  it("are kept through the gate and found again", () => {
    const doc = normalizeArticleDoc(anchored("abc12345xyz"));
    expect([...anchorIds(doc)]).toEqual(["abc12345xyz"]);
  });

  it("with an id of another form are dropped, the words kept", () => {
    const doc = normalizeArticleDoc(anchored('x" onmouseover="alert(1)'));
    expect(anchorIds(doc).size).toBe(0);
    expect(JSON.stringify(doc)).toContain("三百名居民");
    expect(JSON.stringify(doc)).toContain('"bold"');
  });

  it("never reach readers, and show in the newsroom's read-only view", () => {
    const doc = normalizeArticleDoc(anchored("abc12345xyz"));
    const reader = renderArticleHtml(doc);
    expect(reader).not.toContain("abc12345xyz");
    expect(reader).not.toContain("comment-anchor");
    expect(reader).toContain("<strong>三百名居民</strong>");
    expect(renderArticleHtml(doc, { comments: "show" })).toContain(
      '<span class="comment-anchor" data-comment-id="abc12345xyz">',
    );
  });
});
