import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseProvider, databaseUrl } from "@/lib/database-url";
import { applyPostgresqlMigrations } from "./apply-postgresql-migrations";

/** The folder of a `file:` URL's database, so that SQLite can create the file in it. */
function ensureDatabaseFolder(url: string): void {
  const file = url.replace(/^file:/, "").split("?")[0];
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

/**
 * Brings an SQLite database to the committed migrations (`prisma migrate deploy`), creating the
 * file when it does not exist yet. Runs the project's own Prisma CLI on the WebAssembly engine.
 */
export function applySqliteMigrations(url: string): void {
  ensureDatabaseFolder(url);
  const prisma = path.resolve("node_modules", ".bin", "prisma");
  try {
    execFileSync(prisma, ["migrate", "deploy"], {
      // CHECKPOINT_DISABLE: the CLI's version check would wait seconds for a server it cannot reach.
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
      stdio: "pipe",
    });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`数据库迁移失败（${url}）：\n${output.stdout ?? ""}${output.stderr ?? ""}`);
  }
}

/** Brings the database DATABASE_URL names, of either kind, to its committed migrations. */
export async function applyMigrations(url: string = databaseUrl()): Promise<void> {
  if (databaseProvider(url) === "postgresql") await applyPostgresqlMigrations(url);
  else applySqliteMigrations(url);
}
