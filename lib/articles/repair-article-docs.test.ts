import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeArticleDoc } from "@/lib/editor/normalize-doc";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { REPAIR_QUEUED_KEY, repairArticleDocs } from "./repair-article-docs";

let db: Database;
let dispose: () => Promise<void>;

beforeEach(() => {
  ({ db, dispose } = createTempDatabase());
});
afterEach(() => dispose());

const paragraph = (...texts: { text: string; marks?: { type: string }[] }[]) => ({
  type: "paragraph",
  content: texts.map((t) => ({ type: "text", ...t })),
});

const EMPTIED = {
  type: "doc",
  content: [paragraph({ text: "会议" }, { text: "", marks: [{ type: "bold" }] }, { text: "召开。" })],
};
const FOREIGN = {
  type: "doc",
  content: [{ type: "iframe", content: [paragraph({ text: "嵌入的文字" })] }, paragraph({ text: "正文。" })],
};
const FINE = { type: "doc", content: [paragraph({ text: "好的", marks: [{ type: "bold" }] })] };

async function storedArticle(body: Prisma.InputJsonValue, headline = "标题") {
  return db.article.create({
    data: {
      headline,
      body,
      revisions: {
        create: {
          number: 1,
          headline,
          subtitle: "",
          body,
          charCount: 0,
        },
      },
    },
  });
}

describe("repairArticleDocs", () => {
  it("is queued by the migration and brings every stored article and revision through the storage boundary, once", async () => {
    const emptied = await storedArticle(EMPTIED, "标题\u000B");
    const foreign = await storedArticle(FOREIGN);
    const fine = await storedArticle(FINE);
    const notJson = await storedArticle("旧的纯文本正文");

    // Every row: three need their documents repaired, and none had its plain text and 字数 yet.
    expect(await repairArticleDocs(db)).toEqual({ articles: 4, revisions: 4 });

    for (const row of [...(await db.article.findMany()), ...(await db.revision.findMany())]) {
      expect(() => normalizeArticleDoc(row.body)).not.toThrow();
      expect(row.headline).not.toMatch(/\u000B/);
    }
    const body = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id } })).body;
    expect(await body(emptied.id)).toEqual({
      type: "doc",
      content: [paragraph({ text: "会议" }, { text: "召开。" })],
    });
    expect(await body(foreign.id)).toEqual({
      type: "doc",
      content: [paragraph({ text: "嵌入的文字" }), paragraph({ text: "正文。" })],
    });
    expect(await body(fine.id)).toEqual(FINE);
    expect(await body(notJson.id)).toEqual({ type: "doc", content: [paragraph({ text: "旧的纯文本正文" })] });
    expect(await db.article.findUniqueOrThrow({ where: { id: fine.id } })).toMatchObject({
      plainText: "好的",
      charCount: 4,
    });
    expect(await db.revision.findFirstOrThrow({ where: { articleId: notJson.id } })).toMatchObject({
      charCount: 9,
    });

    expect(await db.setting.findUnique({ where: { key: REPAIR_QUEUED_KEY } })).toBeNull();
    expect(await repairArticleDocs(db)).toBeNull();
  });
});
