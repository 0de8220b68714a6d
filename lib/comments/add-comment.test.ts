import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser } from "@/lib/testing/factories";
import { addComment } from "./add-comment";
import { addCommentSchema } from "./comment-input";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  reporter = await createTestUser(db, "REPORTER");
});
afterEach(() => dispose());

const comment = (input: Record<string, unknown>) => addComment(db, reporter, addCommentSchema.parse(input));

describe("addComment", () => {
  it("stores the anchor of a comment on selected words", async () => {
    const { id } = await createArticle(db, reporter);
    const { id: commentId } = await comment({
      articleId: id,
      body: "核实",
      anchorText: "三百名",
      anchorId: "abc12345",
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id: commentId } })).toMatchObject({
      anchorId: "abc12345",
      anchorText: "三百名",
    });
  });

  it("refuses an anchor on a reply, an anchor without its words, and an id of another form", async () => {
    const { id } = await createArticle(db, reporter);
    const parent = await comment({ articleId: id, body: "总体意见" });
    await expect(
      comment({ articleId: id, parentId: parent.id, body: "回复", anchorText: "词", anchorId: "abc12345" }),
    ).rejects.toThrow("回复不能另选原文");
    await expect(comment({ articleId: id, body: "核实", anchorId: "abc12345" })).rejects.toThrow(
      "请先在正文中选择要批注的文字",
    );
    expect(addCommentSchema.safeParse({ articleId: id, body: "x", anchorId: "A B" }).success).toBe(false);
    expect(await db.comment.count()).toBe(1);
  });
});
