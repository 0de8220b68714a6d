import { describe, expect, it } from "vitest";
import { addCommentSchema } from "@/lib/comments/comment-input";
import { saveArticleSchema } from "./article-input";

describe("text as it enters", () => {
  it("loses the control characters that would make the RSS feed invalid XML", () => {
    const saved = saveArticleSchema.parse({
      id: "a",
      version: 1,
      headline: "区政府\u000B常务会议\u0000",
      subtitle: " 副题\u0008 ",
      sectionId: null,
      body: {},
    });
    expect([saved.headline, saved.subtitle]).toEqual(["区政府常务会议", "副题"]);
    const comment = addCommentSchema.parse({
      articleId: "a",
      body: "请核实\u0007",
      anchorText: "原文\u001F",
    });
    expect([comment.body, comment.anchorText]).toEqual(["请核实", "原文"]);
  });
});
