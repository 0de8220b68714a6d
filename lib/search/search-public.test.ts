import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { importArchive } from "@/lib/import/import-archive";
import { inReadingOrder } from "@/lib/public/reading-order";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { rebuildSearchIndex } from "./rebuild-search-index";
import { searchPublic } from "./search-public";

let db: Database;
let dispose: () => Promise<void>;
const seedPath = path.join(__dirname, "../../prisma/archive/000_ad72465be87e4b1c.txt");
const now = new Date("2026-11-26T00:00:00Z");

beforeAll(async () => {
  ({ db, dispose } = createTempDatabase());
  await importArchive(db, { fileName: seedPath, bytes: readFileSync(seedPath) });
});
afterAll(() => dispose());

/** The seed's articles by short name, in file order. */
const SEED = {
  meeting: "中原区政府2023年",
  grid: "区领导调研",
  review: "中原区召开区直机关",
  discipline: "中原区委宣传部",
  community: "中原区三个社区",
};

const headlines = async (q: string, extra: { year?: string; section?: string } = {}) =>
  (await searchPublic(db, { q, page: 1, ...extra }, now)).hits.map((hit) => {
    const headline = hit.headline.map((part) => part.text).join("");
    return Object.entries(SEED).find(([, prefix]) => headline.startsWith(prefix))?.[0];
  });

describe("searchPublic on the seed archive", () => {
  it("finds two-character Chinese words", async () => {
    const dangjian = await headlines("党建");
    expect([...dangjian].sort()).toEqual(["grid", "review"]);
    expect(await headlines("社区")).toEqual(["community"]);
    expect(await headlines("网格")).toEqual(["grid"]);
  });

  it("finds numbers and longer words as phrases, a headline match above body matches", async () => {
    expect((await headlines("2023"))[0]).toBe("meeting");
    expect((await headlines("2023")).sort()).toEqual(["community", "meeting", "review"]);
    expect(await headlines("机器人产业")).toEqual(["meeting"]);
    expect(await headlines("产业机器人")).toEqual([]);
  });

  it("finds what a byline copied from a result names, and full-width digits", async () => {
    expect((await headlines("付铭扬")).sort()).toEqual(["grid"]);
    expect(await headlines("记者 鲁燕 通讯员 付铭扬")).toEqual(["grid"]);
    expect(await headlines("通讯员")).toEqual([]);
    expect((await headlines("２０２３")).sort()).toEqual(["community", "meeting", "review"]);
  });

  it("marks what was searched for: full-width digits as written in the text, names but not role words", async () => {
    const [dated] = (await searchPublic(db, { q: "２０２３", page: 1 }, now)).hits;
    expect(dated.snippet.filter((p) => p.mark).map((p) => p.text)).toContain("2023");
    const [named] = (await searchPublic(db, { q: "记者 鲁燕 通讯员 付铭扬", page: 1 }, now)).hits;
    expect(named.byline.filter((p) => p.mark).map((p) => p.text)).toEqual(["鲁燕", "付铭扬"]);
  });

  it("answers one-character queries", async () => {
    expect(await headlines("汛")).toEqual(["meeting"]);
  });

  it("tells a query of punctuation alone, which has nothing to search for, from one that found nothing", async () => {
    const punctuation = await searchPublic(db, { q: "，。！？……", page: 1 }, now);
    expect([punctuation.total, punctuation.kind]).toEqual([0, "unsearchable"]);
    const nothing = await searchPublic(db, { q: "不存在的词语组合", page: 1 }, now);
    expect([nothing.total, nothing.kind]).toEqual([0, "found"]);
  });

  it("highlights the matched words in a readable snippet", async () => {
    const [hit] = (await searchPublic(db, { q: "机器人产业", page: 1 }, now)).hits;
    expect(hit.snippet.filter((p) => p.mark).map((p) => p.text)).toContain("机器人产业");
    expect(hit.snippet.map((p) => p.text).join("")).not.toMatch(/机器 器人/);
  });

  it("filters by year and section", async () => {
    expect(await headlines("党建", { year: "2022" })).toEqual([]);
    expect(await headlines("党建", { section: "jiceng-zhili" })).toEqual(["grid"]);
    // An unknown section (an old link) holds nothing, rather than every section or those without one.
    expect(await headlines("党建", { section: "no-such-section" })).toEqual([]);
  });

  it("lists a year's or a section's articles without words: newest issue first, each in reading order", async () => {
    const year = await searchPublic(db, { q: "", year: "2023", page: 1 }, now);
    const issue = inReadingOrder(
      await db.article.findMany({
        where: { issue: { number: 1 } },
        select: { id: true, position: true, section: { select: { position: true } } },
      }),
    );
    expect([year.kind, year.total]).toEqual(["listed", 5]);
    expect(year.hits.map((hit) => hit.id)).toEqual(issue.map((article) => article.id));
    expect(await headlines("", { section: "jiceng-zhili" })).toEqual(["grid"]);
    const unknown = await searchPublic(db, { q: "", section: "no-such-section", page: 1 }, now);
    expect([unknown.kind, unknown.total]).toEqual(["listed", 0]);
    expect((await searchPublic(db, { q: " ", page: 1 }, now)).kind).toBe("unsearchable");
    const before = await searchPublic(db, { q: "", year: "2023", page: 1 }, new Date("2023-07-17T00:00:00Z"));
    expect(before.total).toBe(0);
  });

  it("shows nothing that is not public yet, and the rebuild command gives the same index", async () => {
    expect((await searchPublic(db, { q: "党建", page: 1 }, new Date("2023-07-17T00:00:00Z"))).total).toBe(0);
    expect(await rebuildSearchIndex(db)).toBe(5);
    expect(await headlines("网格")).toEqual(["grid"]);
  });
});
