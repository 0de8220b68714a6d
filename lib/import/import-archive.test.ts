import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { importArchive } from "./import-archive";

const seedPath = path.join(__dirname, "../../prisma/archive/000_ad72465be87e4b1c.txt");
const seed = { fileName: seedPath, bytes: readFileSync(seedPath) };

let db: Database;
let dispose: () => Promise<void>;
beforeEach(() => ({ db, dispose } = createTempDatabase()));
afterEach(() => dispose());

async function counts() {
  const [issues, articles, people, bylines, revisions, batches] = await Promise.all([
    db.issue.count(),
    db.article.count(),
    db.person.count(),
    db.articleByline.count(),
    db.revision.count(),
    db.importBatch.count(),
  ]);
  return { issues, articles, people, bylines, revisions, batches };
}

describe("importArchive", () => {
  it("imports the seed as published issue 1 dated 2023-07-18", async () => {
    const report = await importArchive(db, seed);
    expect(report).toMatchObject({
      outcome: "CREATED",
      issue: { number: 1, date: "2023-07-18" },
      articles: { created: 5, unchanged: 0 },
      people: { created: 7, existing: 0 },
    });
    expect(await counts()).toEqual({
      issues: 1,
      articles: 5,
      people: 7,
      bylines: 11,
      revisions: 5,
      batches: 1,
    });
    const issue = await db.issue.findFirstOrThrow({
      include: { articles: { orderBy: { position: "asc" } } },
    });
    expect(issue).toMatchObject({ status: "PUBLISHED", date: "2023-07-18" });
    expect(issue.publishAt?.toISOString()).toBe("2023-07-17T16:00:00.000Z");
    expect(issue.articles.map((a) => a.isLead)).toEqual([true, false, false, false, false]);
  });

  it("shows full-width punctuation to readers and keeps the source unchanged", async () => {
    await importArchive(db, seed);
    const lead = await db.article.findFirstOrThrow({ where: { isLead: true } });
    expect(lead.plainText).toContain("本报讯 7月14日，中原区区长邓英文");
    expect(lead.plainText).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
    expect(lead.sourceText).toContain("本报讯 7月14日,中原区区长邓英文");
    expect(lead.charCount).toBeGreaterThan(400);
  });

  it("files correspondents and reporters as byline people without logins", async () => {
    await importArchive(db, seed);
    const people = await db.person.findMany({ orderBy: { name: "asc" } });
    expect(people.filter((p) => p.kind === "REPORTER").map((p) => p.name)).toEqual(["鲁燕"]);
    expect(people.filter((p) => p.kind === "CORRESPONDENT")).toHaveLength(6);
    expect(people.every((p) => p.userId === null)).toBe(true);
    expect(await db.user.count()).toBe(0);
  });

  it("changes nothing when the same file is imported again, and says so", async () => {
    await importArchive(db, seed);
    const before = await counts();
    const again = await importArchive(db, seed);
    expect(again).toMatchObject({
      outcome: "UNCHANGED",
      articles: { created: 0, unchanged: 5 },
      people: { created: 0 },
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["CRLF line endings", Buffer.from(seed.bytes.toString("utf8").replace(/\n/g, "\r\n"))],
    ["a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed.bytes])],
    ["a trailing newline", Buffer.concat([seed.bytes, Buffer.from("\n\n")])],
  ])("recognises the seed saved with %s as unchanged", async (_, bytes) => {
    await importArchive(db, seed);
    const before = await counts();
    const again = await importArchive(db, { fileName: "resaved.txt", bytes });
    expect(again).toMatchObject({
      outcome: "UNCHANGED",
      issue: { number: 1 },
      articles: { created: 0, unchanged: 5 },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses an archive whose date and headlines match an existing issue, unless asked to import it anyway", async () => {
    await importArchive(db, seed);
    const before = await counts();
    // The same issue exported again with one sentence edited: other bytes, same issue.
    const edited = {
      fileName: "edited.txt",
      bytes: Buffer.from(seed.bytes.toString("utf8").replace("会议要求", "会议强调")),
    };
    await expect(importArchive(db, edited)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("第1期（2023-07-18）"),
    });
    expect(await counts()).toEqual(before);

    const copy = await importArchive(db, { ...edited, allowDuplicate: true });
    expect(copy).toMatchObject({
      outcome: "CREATED",
      issue: { number: 2, date: "2023-07-18" },
      articles: { created: 5 },
    });
  });

  it.each([
    ["invalid UTF-8", Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a])],
    ["an empty file", Buffer.from("")],
    ["no headings", Buffer.from("本报讯 2023年7月14日,会议召开。\n")],
  ])("writes nothing for a file with %s", async (_, bytes) => {
    await expect(importArchive(db, { fileName: "bad.txt", bytes })).rejects.toThrow();
    expect(await counts()).toEqual({
      issues: 0,
      articles: 0,
      people: 0,
      bylines: 0,
      revisions: 0,
      batches: 0,
    });
  });
});
