import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "@/lib/db";
import { type DatabaseProvider } from "@/lib/database-url";
import { postgresqlConnection } from "@/lib/database/postgresql-url.cjs";
import { applyPostgresqlMigrations } from "@/lib/setup/apply-postgresql-migrations";

export interface TempDatabase {
  db: Database;
  url: string;
  /** Another client on the same database, as a second server instance has (disconnect it after). */
  openAnother: () => Database;
  /** SQLite: the database file. */
  file: string;
  dispose: () => Promise<void>;
}

/**
 * Where database-backed tests run: PostgreSQL when TEST_DATABASE_URL names a server
 * (`postgresql://…/newsroom_test`; each test database is a schema of its own there), else SQLite.
 */
export function testDatabaseProvider(): DatabaseProvider {
  return process.env.TEST_DATABASE_URL ? "postgresql" : "sqlite";
}

let counter = 0;

/**
 * A schema of its own on the PostgreSQL server, migrated by plain SQL over one connection
 * (lib/setup/apply-postgresql-migrations.ts: a fraction of a second, so no template is kept).
 */
function createTempPostgresql(server: string): TempDatabase {
  const url = new URL(server);
  const schema = `test_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  url.searchParams.set("schema", schema);
  const migrated = applyPostgresqlMigrations(url.toString());
  // Failures surface at the first query; this only keeps Node from calling them unhandled first.
  migrated.catch(() => undefined);
  // The first query waits for the migrations, so this stays as quick to call as the SQLite one.
  const db = openDatabase(url.toString(), migrated);
  return {
    db,
    url: url.toString(),
    openAnother: () => openDatabase(url.toString(), migrated),
    file: "",
    dispose: async () => {
      await migrated.catch(() => undefined);
      await db.$disconnect();
      const { connectionString } = postgresqlConnection(server);
      const client = new pg.Client({ connectionString });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/**
 * A migrated SQLite database in a temporary folder: a copy of the template the run migrated
 * once (lib/testing/global-setup.ts). The template is written by `prisma migrate deploy` in
 * rollback-journal mode and closed, so the one file is the whole database.
 */
function createTempSqlite(): TempDatabase {
  const template = inject("templateDatabase");
  if (!template || !existsSync(template) || existsSync(`${template}-wal`)) {
    throw new Error("没有迁移好的模板数据库：请经 vitest（vitest.config.ts 的 globalSetup）运行测试。");
  }
  const dir = mkdtempSync(path.join(tmpdir(), "newsroom-test-"));
  const file = path.join(dir, "test.db");
  copyFileSync(template, file);
  const url = `file:${file}`;
  const db = openDatabase(url);
  return {
    db,
    url,
    openAnother: () => openDatabase(url),
    file,
    dispose: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A migrated database of its own, for tests that need real queries: SQLite, or PostgreSQL (above). */
export function createTempDatabase(): TempDatabase {
  const server = process.env.TEST_DATABASE_URL;
  return server ? createTempPostgresql(server) : createTempSqlite();
}
