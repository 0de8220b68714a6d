import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { POSTGRESQL_MIGRATIONS } from "@/lib/database/postgresql-schema";
import { postgresqlConnection } from "@/lib/database/postgresql-url.cjs";

/** Prisma Migrate's own lock: this never runs alongside `prisma migrate deploy` (or another start). */
const MIGRATE_LOCK = 72707369;

/** Prisma Migrate's ledger, so `prisma migrate status` and `deploy` agree with what ran here. */
const LEDGER = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** The migration folders, oldest first (their names start with a UTC timestamp). */
function migrationNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Brings a PostgreSQL database to the committed migrations in prisma/postgresql/migrations,
 * creating the URL's schema when missing; returns the names applied. Prisma 6.19's `migrate
 * deploy` works here only through the driver adapter and then idles ten seconds before it exits,
 * on every start and every test database; PostgreSQL can do it itself: each migration runs in
 * its own transaction (DDL is transactional there, so a failed one leaves nothing behind) and is
 * recorded in Prisma's ledger table with Prisma's checksum.
 */
export async function applyPostgresqlMigrations(url: string, dir = POSTGRESQL_MIGRATIONS): Promise<string[]> {
  const { connectionString, options, schema } = postgresqlConnection(url);
  const client = new pg.Client({ connectionString, options });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATE_LOCK]);
    const exists = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(LEDGER);
    const done = await client.query<{ migration_name: string }>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const applied = new Set(done.rows.map((row) => row.migration_name));
    const pending = migrationNames(dir).filter((name) => !applied.has(name));
    for (const name of pending) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      try {
        await client.query("BEGIN");
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at", "applied_steps_count")
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`迁移 ${name} 失败：${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return pending;
  } finally {
    await client.end();
  }
}
