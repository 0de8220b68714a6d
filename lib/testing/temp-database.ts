import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { type Database, openDatabase } from "@/lib/db";
import { type DatabaseProvider } from "@/lib/database-url";
import { postgresqlConnection } from "@/lib/database/postgresql-url.cjs";
import { applyPostgresqlMigrations } from "@/lib/setup/apply-postgresql-migrations";
import { applySqliteMigrations } from "@/lib/setup/apply-migrations";

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

/** A migrated database of its own, for tests that need real queries: SQLite, or PostgreSQL (above). */
export function createTempDatabase(): TempDatabase {
  if (process.env.TEST_DATABASE_URL) return createTempPostgresql(process.env.TEST_DATABASE_URL);
  const dir = mkdtempSync(path.join(tmpdir(), "newsroom-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  applySqliteMigrations(url);
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
