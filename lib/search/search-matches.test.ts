import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { createTempDatabase, testDatabaseProvider } from "@/lib/testing/temp-database";
import { insertSearchRows, type SearchRow, searchMatches } from "./search-index-sql";
import { ROWIDS_PER_SECOND } from "./search-index-sqlite";
import { tokenizeForIndex, tokenizeQuery } from "./tokenize";

let db: Database;
let dispose: () => Promise<void>;
beforeAll(() => ({ db, dispose } = createTempDatabase()));
afterAll(() => dispose());

const NOW = Date.UTC(2026, 10, 27, 2, 0);
const HOUR = 3_600_000;
const tokens = (text: string) => tokenizeForIndex(text).join(" ");

function row(id: string, publishedAt: number, headline: string, body: string): SearchRow {
  return {
    articleId: id,
    publishedAt,
    year: "2026",
    sectionId: null,
    headline: tokens(headline),
    body: tokens(body),
    byline: "",
  };
}

const find = (q: string, cap: number, now = NOW) =>
  searchMatches(db, { terms: tokenizeQuery(q), now }, { cap, limit: 20, offset: 0 });

describe("searchMatches", () => {
  beforeAll(async () => {
    // The oldest article has 湿地 in its headline, the best match; the newer ones in the body.
    await insertSearchRows(db, [
      row("oldest", NOW - 5 * HOUR, "湿地公园开园", "市民前来游览。"),
      row("older", NOW - 4 * HOUR, "周末活动", "湿地公园里的活动。"),
    ]);
    // Two at the same moment, inserted apart, as two corrections of one issue would be.
    await insertSearchRows(db, [row("same-a", NOW - 2 * HOUR, "晨练", "湿地步道上晨练。")]);
    await insertSearchRows(db, [
      row("same-b", NOW - 2 * HOUR, "夜跑", "湿地步道上夜跑。"),
      row("newest", NOW, "志愿者", "清理湿地垃圾。"),
      row("scheduled", NOW + 1, "湿地明日开放", "预告。"),
    ]);
  });

  it("ranks every match, headline first, when there are no more than the cap", async () => {
    const { counted, ids } = await find("湿地", 10);
    expect(counted).toBe(5);
    expect(ids[0]).toBe("oldest");
    expect([...ids].sort()).toEqual(["newest", "older", "oldest", "same-a", "same-b"]);
  });

  it("ranks only the newest matches beyond the cap, and says there are more", async () => {
    const { counted, ids } = await find("湿地", 3);
    expect(counted).toBe(4);
    expect([...ids].sort()).toEqual(["newest", "same-a", "same-b"]);
  });

  it("finds an article once it is published, never before, and within a second", async () => {
    expect((await find("明日", 10)).counted).toBe(0);
    expect((await find("明日", 10, NOW + 1000)).ids).toEqual(["scheduled"]);
  });

  it("pages through the ranked matches", async () => {
    const all = (await find("湿地", 10)).ids;
    const second = await searchMatches(
      db,
      { terms: tokenizeQuery("湿地"), now: NOW },
      { cap: 10, limit: 2, offset: 2 },
    );
    expect(second.ids).toEqual(all.slice(2, 4));
  });
});

describe.runIf(testDatabaseProvider() === "sqlite")("the search_newest_first migration", () => {
  const MIGRATIONS = path.resolve("prisma", "migrations");
  const MIGRATION = "20261127030000_search_newest_first";
  const sqlOf = (name: string) => readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");

  it("numbers the rows already indexed in publication order, and they stay searchable", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "migration-"));
    const sqlite = new Sqlite(path.join(dir, "old.db"));
    try {
      for (const name of readdirSync(MIGRATIONS)
        .filter((n) => /^\d{14}_/.test(n) && n < MIGRATION)
        .sort())
        sqlite.exec(sqlOf(name));
      const insert = sqlite.prepare(
        `INSERT INTO "SearchIndex" (article_id, published_at, year, section_id, headline, body, byline) VALUES (?, ?, '2026', '', ?, '', '')`,
      );
      // Indexed out of publication order, as corrections and scheduled issues leave them.
      insert.run("late", NOW, tokens("湿地"));
      insert.run("early-1", NOW - HOUR, tokens("湿地"));
      insert.run("early-2", NOW - HOUR, tokens("公园"));
      sqlite.exec(sqlOf(MIGRATION));
      const rows = sqlite
        .prepare(`SELECT rowid AS r, article_id AS id FROM "SearchIndex" ORDER BY rowid`)
        .all() as { r: number; id: string }[];
      const first = ((NOW - HOUR) / 1000) * ROWIDS_PER_SECOND;
      expect(rows).toEqual([
        { r: first, id: "early-1" },
        { r: first + 1, id: "early-2" },
        { r: (NOW / 1000) * ROWIDS_PER_SECOND, id: "late" },
      ]);
      const found = sqlite
        .prepare(
          `SELECT article_id AS id FROM "SearchIndex" WHERE "SearchIndex" MATCH '"湿地"' ORDER BY rank`,
        )
        .all();
      expect(found).toHaveLength(2);
    } finally {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
