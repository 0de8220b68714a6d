import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { toBusyError } from "@/lib/errors/database-busy";
import { PrismaClient as PostgresqlClient } from "@/lib/generated/prisma-postgresql/client";
import { importArchive } from "@/lib/import/import-archive";
import { type TempDatabase, createTempDatabase, testDatabaseProvider } from "@/lib/testing/temp-database";
import { NewsroomPostgresql } from "./postgresql-adapter";
import { postgresqlConnection } from "./postgresql-url.cjs";

const seedPath = path.join(__dirname, "../../prisma/archive/000_ad72465be87e4b1c.txt");
const seed = readFileSync(seedPath, "utf8");

let temp: TempDatabase;
let db: Database;
beforeEach(() => {
  temp = createTempDatabase();
  db = temp.db;
});
afterEach(() => temp.dispose());

describe("one writer at a time, on either database", () => {
  it("two instances importing at once both succeed, one after the other", async () => {
    // Each import reads the last issue number and the people it knows, then writes the next ones.
    const otherInstance = temp.openAnother();
    const variant = seed.replace("中原区政府", "中原区人民政府");
    const reports = await Promise.all([
      importArchive(db, { fileName: "a.txt", bytes: Buffer.from(seed) }),
      importArchive(otherInstance, { fileName: "b.txt", bytes: Buffer.from(variant), allowDuplicate: true }),
    ]);
    await otherInstance.$disconnect();
    expect(reports.map((r) => r.issue.number).sort()).toEqual([1, 2]);
    expect(await db.person.count()).toBe(7);
  });
});

/** Another instance's transaction holding the newsroom's write lock for `ms`. */
async function holdWriteLock(ms: number): Promise<{ released: Promise<void> }> {
  await db.setting.count(); // the test database is migrated before its first query returns
  const { connectionString, options } = postgresqlConnection(temp.url);
  const client = new pg.Client({ connectionString, options });
  await client.connect();
  await client.query("BEGIN");
  await client.query("SELECT pg_advisory_xact_lock(20261126, hashtext(current_schema()))");
  const released = new Promise<void>((resolve) => setTimeout(resolve, ms)).then(async () => {
    await client.query("COMMIT");
    await client.end();
  });
  return { released };
}

describe.runIf(testDatabaseProvider() === "postgresql")("the write lock on PostgreSQL", () => {
  it("a transaction waits for another instance's and then goes ahead", async () => {
    const { released } = await holdWriteLock(1500);
    const started = Date.now();
    await db.$transaction(async (tx) => tx.setting.create({ data: { key: "after", value: "1" } }));
    expect(Date.now() - started).toBeGreaterThan(1000);
    await released;
  });

  it("a transaction that cannot get it in time is a busy database worth retrying", async () => {
    const impatient = new PostgresqlClient({
      adapter: new NewsroomPostgresql(temp.url, 300, Promise.resolve()),
    });
    const { released } = await holdWriteLock(1500);
    const failure = await impatient
      .$transaction(async (tx) => tx.setting.create({ data: { key: "never", value: "1" } }))
      .catch((error: unknown) => error);
    expect(toBusyError(failure)).toMatchObject({ code: "BUSY", message: "数据库繁忙，请稍后重试。" });
    await released;
    expect(await db.setting.count({ where: { key: "never" } })).toBe(0);
    await impatient.$disconnect();
  });
});
