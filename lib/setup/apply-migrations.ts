import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseUrl } from "@/lib/database-url";

/** The folder of a `file:` URL's database, so that SQLite can create the file in it. */
function ensureDatabaseFolder(url: string): void {
  const file = url.replace(/^file:/, "").split("?")[0];
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

/**
 * Brings the database to the committed migrations (`prisma migrate deploy`), creating the
 * file when it does not exist yet. Runs the project's own Prisma CLI on the WebAssembly engine.
 */
export function applyMigrations(url: string = databaseUrl()): void {
  ensureDatabaseFolder(url);
  const prisma = path.resolve("node_modules", ".bin", "prisma");
  try {
    execFileSync(prisma, ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: "pipe",
    });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`数据库迁移失败（${url}）：\n${output.stdout ?? ""}${output.stderr ?? ""}`);
  }
}
