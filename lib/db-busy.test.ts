import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createArticle } from "@/lib/articles/create-article";
import { saveArticle } from "@/lib/articles/save-article";
import type { Database } from "@/lib/db";
import { toBusyError } from "@/lib/errors/database-busy";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, docOf } from "@/lib/testing/factories";

// The same better-sqlite3 build the Prisma adapter opens the database with.
const betterSqlite3 = createRequire(require.resolve("@prisma/adapter-better-sqlite3")).resolve(
  "better-sqlite3",
);

/**
 * Another process (an import, say) that takes the write lock, writes, and holds it for `ms`
 * before committing. Resolves once it holds the lock.
 */
function holdWriteLock(file: string, ms: number): Promise<ChildProcess> {
  const script = `
    const db = new (require(${JSON.stringify(betterSqlite3)}))(${JSON.stringify(file)});
    db.exec("BEGIN IMMEDIATE");
    db.prepare('INSERT INTO "Setting" (key, value) VALUES (?, ?)').run("held", '"1"');
    process.stdout.write("locked\\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec("COMMIT");
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve(child));
    child.on("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

let db: Database;
let file: string;
let dispose: () => Promise<void>;
let reporter: SessionUser;
const clock = () => new Date("2026-11-26T02:00:00Z");

beforeEach(async () => {
  ({ db, dispose, file } = createTempDatabase());
  reporter = await createTestUser(db, "REPORTER");
});
afterEach(() => dispose());

describe("a save while another process writes", () => {
  it("waits for the other writer's lock and then succeeds", async () => {
    const { id } = await createArticle(db, reporter);
    const holder = await holdWriteLock(file, 1500);
    const started = Date.now();
    const result = await saveArticle(
      db,
      reporter,
      { id, version: 1, headline: "标题", subtitle: "", sectionId: null, body: docOf("等锁之后保存。") },
      clock,
    );
    expect(result.version).toBe(2);
    expect(Date.now() - started).toBeGreaterThan(1000);
    await new Promise((resolve) => holder.on("exit", resolve));
    expect(await db.setting.findUnique({ where: { key: "held" } })).toMatchObject({ value: "1" });
  });
});

describe("a write that cannot wait long enough", () => {
  it("is reported as a busy database worth retrying, not as a server error", async () => {
    const holder = await holdWriteLock(file, 3000);
    // A single statement waits only the short busy timeout; the holder keeps the lock longer.
    const failure = await db.setting
      .create({ data: { key: "mine", value: "1" } })
      .catch((error: unknown) => error);
    expect(toBusyError(failure)).toMatchObject({ code: "BUSY", message: "数据库繁忙，请稍后重试。" });
    await new Promise((resolve) => holder.on("exit", resolve));
  });
});
