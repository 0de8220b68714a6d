import { getSchema, type JSONContent } from "@tiptap/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { articleExtensions } from "@/lib/editor/extensions";
import { renderArticleHtml } from "@/lib/editor/render-article-html";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser } from "@/lib/testing/factories";
import { addCorrection } from "./add-correction";

let db: Database;
let dispose: () => Promise<void>;
let editor: SessionUser;
const clock = () => new Date("2026-11-26T02:00:00Z");
const schema = getSchema(articleExtensions);

const BODY = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "会议强调" },
        { type: "text", text: "错误提法", marks: [{ type: "bold" }] },
        { type: "text", text: "。" },
      ],
    },
    { type: "paragraph", content: [{ type: "text", text: "整段都要删去。" }] },
  ],
};

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  editor = await createTestUser(db, "EDITOR");
});
afterEach(() => dispose());

async function publishedArticle() {
  return db.article.create({
    data: {
      headline: "标题",
      body: BODY,
      status: "PUBLISHED",
      publishedAt: new Date("2026-11-26T00:00:00Z"),
      charCount: 20,
    },
  });
}

describe("addCorrection", () => {
  it("removing a whole bold run or a whole paragraph stores a document the editor and readers can open", async () => {
    const article = await publishedArticle();
    await addCorrection(
      db,
      editor,
      { articleId: article.id, note: "删去错误提法", find: "错误提法", replace: "" },
      clock,
    );
    await addCorrection(
      db,
      editor,
      { articleId: article.id, note: "删去一段", find: "整段都要删去。", replace: "" },
      clock,
    );

    const stored = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { revisions: true },
    });
    for (const body of [stored.body, ...stored.revisions.map((r) => r.body)]) {
      expect(() => schema.nodeFromJSON(body).check()).not.toThrow();
    }
    expect(renderArticleHtml(stored.body as JSONContent)).toBe("<p>会议强调。</p><p></p>");
    expect(stored).toMatchObject({ plainText: "会议强调。\n", charCount: 7 });
  });

  it("keeps control characters out of the note readers see", async () => {
    const article = await publishedArticle();
    await addCorrection(db, editor, { articleId: article.id, note: "更正\u000B说明\u0000" }, clock);
    expect((await db.correction.findFirstOrThrow()).note).toBe("更正说明");
  });
});
