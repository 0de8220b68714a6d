import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { importArchive } from "@/lib/import/import-archive";
import { rebuildSearchIndex } from "@/lib/search/rebuild-search-index";
import { searchNewsroom } from "@/lib/search/search-newsroom";
import { searchPublic } from "@/lib/search/search-public";
import { createTestUser } from "@/lib/testing/factories";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { saveCredits } from "./save-credits";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let other: SessionUser;
const seedPath = path.join(__dirname, "../../prisma/archive/000_ad72465be87e4b1c.txt");
const now = new Date("2026-11-26T00:00:00Z");

beforeAll(async () => {
  ({ db, dispose } = createTempDatabase());
  await importArchive(db, { fileName: seedPath, bytes: readFileSync(seedPath) });
  reporter = await createTestUser(db, "REPORTER");
  other = await createTestUser(db, "REPORTER");
});
afterAll(() => dispose());

describe("saveCredits", () => {
  it("reuses the archive's person for a typed name and role, keeps the order given, and removes what is left out", async () => {
    const { id } = await createArticle(db, reporter);
    const archived = await db.person.findUniqueOrThrow({
      where: { name_kind: { name: "王畅", kind: "CORRESPONDENT" } },
    });
    const people = await db.person.count();

    const credits = await saveCredits(db, reporter, {
      articleId: id,
      credits: [
        { role: "CORRESPONDENT", name: "王畅" },
        { role: "REPORTER", userId: reporter.id },
        { role: "PHOTOGRAPHER", name: "张明" },
      ],
    });
    expect(credits.map((c) => [c.role, c.name])).toEqual([
      ["CORRESPONDENT", "王畅"],
      ["REPORTER", reporter.displayName],
      ["PHOTOGRAPHER", "张明"],
    ]);
    expect(credits[0].personId).toBe(archived.id);
    // Only 张明 is new: the account already had its person from createArticle.
    expect(await db.person.count()).toBe(people + 1);

    const reordered = await saveCredits(db, reporter, {
      articleId: id,
      credits: [
        { role: "REPORTER", personId: credits[1].personId },
        { role: "CORRESPONDENT", personId: credits[0].personId },
      ],
    });
    expect(reordered.map((c) => c.name)).toEqual([reporter.displayName, "王畅"]);
  });

  it("refuses the same person twice in one role, and someone else's draft", async () => {
    const { id } = await createArticle(db, reporter);
    await expect(
      saveCredits(db, reporter, {
        articleId: id,
        credits: [
          { role: "CORRESPONDENT", name: "王畅" },
          { role: "CORRESPONDENT", name: "王畅" },
        ],
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", message: "同一人不能以同一身份重复署名。" });
    await expect(saveCredits(db, other, { articleId: id, credits: [] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("links an account to the archive's person of the same name instead of failing on a second one", async () => {
    const user = await db.user.create({
      data: { username: "luyan", displayName: "鲁燕", role: "REPORTER", passwordHash: "x" },
    });
    const { id } = await createArticle(db, {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: "REPORTER",
    });
    const archived = await db.person.findUniqueOrThrow({
      where: { name_kind: { name: "鲁燕", kind: "REPORTER" } },
    });
    expect(archived.userId).toBe(user.id);
    expect((await db.articleByline.findFirstOrThrow({ where: { articleId: id } })).personId).toBe(
      archived.id,
    );
  });
});

describe("search by byline", () => {
  const publicHits = async (q: string) => (await searchPublic(db, { q, page: 1 }, now)).total;

  it("finds the archive's articles by a credited name, on the reader search and after a rebuild", async () => {
    expect(await publicHits("王畅")).toBe(1);
    expect(await publicHits("鲁燕")).toBe(5);
    await rebuildSearchIndex(db);
    expect(await publicHits("付铭扬")).toBe(1);
    // The role words are not indexed: 通讯员 alone is not a search for every article.
    expect(await publicHits("通讯员")).toBe(0);
  });

  it("finds drafts by a credited name in the newsroom search", async () => {
    const { id } = await createArticle(db, reporter);
    await saveCredits(db, reporter, {
      articleId: id,
      credits: [{ role: "CORRESPONDENT", name: "欧阳晓东" }],
    });
    expect(
      (await searchNewsroom(db, reporter, { q: "欧阳晓东" }, () => new Date())).map((a) => a.id),
    ).toEqual([id]);
  });
});
