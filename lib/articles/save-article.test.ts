import { randomUUID } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, docOf } from "@/lib/testing/factories";
import { compareRevisions } from "./compare-revisions";
import { createArticle } from "./create-article";
import { restoreRevision } from "./restore-revision";
import { saveArticle } from "./save-article";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let now = Date.parse("2026-11-26T02:00:00Z");
const clock = () => new Date(now);

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  reporter = await createTestUser(db, "REPORTER");
});
afterEach(() => dispose());

const save = (user: SessionUser, id: string, version: number, text: string, headline = "标题") =>
  saveArticle(db, user, { id, version, headline, subtitle: "", sectionId: null, body: docOf(text) }, clock);

describe("saveArticle", () => {
  it("saves, bumps the version and counts 字数 per Chinese character", async () => {
    const { id } = await createArticle(db, reporter);
    const result = await save(reporter, id, 1, "坚持人民至上。");
    expect(result).toMatchObject({ version: 2, charCount: 9 });
    const stored = await db.article.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
    expect(stored.body).toEqual(docOf("坚持人民至上。"));
    // The headline (标题, 2) and the text (7): the plain text stored beside the document.
    expect(stored).toMatchObject({ plainText: "坚持人民至上。", charCount: 9 });
    expect(stored.revisions.map((r) => r.charCount)).toEqual([9]);
  });

  it("refuses a save from a stale version and keeps the newer text", async () => {
    const { id } = await createArticle(db, reporter);
    await save(reporter, id, 1, "第一个人的文字。");
    await expect(save(reporter, id, 1, "第二个人的旧版本。")).rejects.toMatchObject({ code: "CONFLICT" });
    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored.plainText).toContain("第一个人的文字");
    expect(stored.version).toBe(2);
  });

  it("lets only one of two concurrent saves from the same version win", async () => {
    const { id } = await createArticle(db, reporter);
    const results = await Promise.allSettled([save(reporter, id, 1, "甲。"), save(reporter, id, 1, "乙。")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });

  describe("a save resent after its answer was lost", () => {
    const resend = (id: string, saveId: string, text: string, version = 1) =>
      saveArticle(
        db,
        reporter,
        { id, version, saveId, headline: "标题", subtitle: "", sectionId: null, body: docOf(text) },
        clock,
      );

    it("is taken as the person's own save: no conflict, no second revision", async () => {
      const { id } = await createArticle(db, reporter);
      const saveId = randomUUID();
      const first = await resend(id, saveId, "只保存一次。");
      const again = await resend(id, saveId, "只保存一次。");
      expect(again).toEqual(first);
      expect((await db.article.findUniqueOrThrow({ where: { id } })).version).toBe(2);
      expect(await db.revision.count({ where: { articleId: id } })).toBe(1);
    });

    it("saves the text typed since, on top of the save that was lost", async () => {
      const { id } = await createArticle(db, reporter);
      const saveId = randomUUID();
      await resend(id, saveId, "断网前。");
      const again = await resend(id, saveId, "断网前。断网后。");
      expect(again.version).toBe(3);
      expect((await db.article.findUniqueOrThrow({ where: { id } })).plainText).toContain("断网前。断网后。");
    });

    it("is still a conflict when someone else saved after it", async () => {
      const { id } = await createArticle(db, reporter);
      const saveId = randomUUID();
      await resend(id, saveId, "我的文字。");
      await resend(id, randomUUID(), "别人的文字。", 2);
      await expect(resend(id, saveId, "我的文字。")).rejects.toMatchObject({ code: "CONFLICT" });
      expect((await db.article.findUniqueOrThrow({ where: { id } })).plainText).toContain("别人的文字。");
    });
  });

  it("answers NOT_FOUND for another reporter's draft and changes nothing", async () => {
    const { id } = await createArticle(db, reporter);
    const other = await createTestUser(db, "REPORTER");
    await expect(save(other, id, 1, "篡改。")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("refuses a javascript: link in the body", async () => {
    const { id } = await createArticle(db, reporter);
    const body = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
          ],
        },
      ],
    };
    await expect(
      saveArticle(db, reporter, { id, version: 1, headline: "", subtitle: "", sectionId: null, body }, clock),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
  });
});

describe("revisions", () => {
  it("folds one person's autosaves within five minutes into one revision", async () => {
    const { id } = await createArticle(db, reporter);
    let version = (await save(reporter, id, 1, "一。")).version;
    now += 60_000;
    version = (await save(reporter, id, version, "一二。")).version;
    expect(await db.revision.count({ where: { articleId: id } })).toBe(1);
    now += 5 * 60_000;
    await save(reporter, id, version, "一二三。");
    const revisions = await db.revision.findMany({ where: { articleId: id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => [r.number, (r.body as JSONContent).content![0].content![0].text])).toEqual([
      [1, "一二。"],
      [2, "一二三。"],
    ]);
  });

  it("compares two revisions and restores an older one as a new revision", async () => {
    const { id } = await createArticle(db, reporter);
    let version = (await save(reporter, id, 1, "坚持人民至上。")).version;
    now += 10 * 60_000;
    version = (await save(reporter, id, version, "坚持人民利益至上。")).version;
    const comparison = await compareRevisions(db, reporter, id, 1, 2);
    expect(comparison.body).toContainEqual({ kind: "added", text: "利益" });

    const restored = await restoreRevision(db, reporter, { articleId: id, number: 1 }, clock);
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(restored.version).toBe(version + 1);
    expect(article.plainText).toContain("坚持人民至上。");
    const latest = await db.revision.findFirstOrThrow({
      where: { articleId: id },
      orderBy: { number: "desc" },
    });
    expect(latest).toMatchObject({ number: 3, note: "恢复自第 1 版" });
  });
});
