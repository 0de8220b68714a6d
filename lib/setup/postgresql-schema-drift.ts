import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { POSTGRESQL_ONLY_MODELS, SQLITE_SCHEMA, toPostgresqlSchema } from "@/lib/database/postgresql-schema";
import { postgresqlConnection } from "@/lib/database/postgresql-url.cjs";
import { applyPostgresqlMigrations } from "./apply-postgresql-migrations";

const EMPTY = "-- This is an empty migration.";

/** The PostgreSQL schema as prisma/schema.prisma and the PostgreSQL-only models say now. */
export function currentPostgresqlSchema(): string {
  return toPostgresqlSchema(
    readFileSync(SQLITE_SCHEMA, "utf8"),
    readFileSync(POSTGRESQL_ONLY_MODELS, "utf8"),
  );
}

function prisma(args: string[], url: string): string {
  return execFileSync(path.resolve("node_modules", ".bin", "prisma"), args, {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * Introspection writes an enum value whose name is not ASCII (ProofErrorCategory's 错字, 标点…)
 * as a comment, `// 错字 @map("错字")`, leaving an enum Prisma refuses to read; schema.prisma
 * declares such values by the same name, which is all the comment says, so it is put back.
 */
export function restoreEnumValues(introspected: string): string {
  return introspected.replace(/^(\s*)\/\/ (\S+) @map\("\2"\)$/gmu, "$1$2");
}

/**
 * The SQL that brings a database migrated with prisma/postgresql/migrations to `target` (by
 * default the schema generated from prisma/schema.prisma): "" when they agree. The migrations
 * run in a scratch schema on `serverUrl`, which Prisma introspects (through the migration
 * adapter of prisma.config.ts), then `prisma migrate diff` compares the two datamodels.
 */
export async function postgresqlSchemaDrift(
  serverUrl: string,
  target = currentPostgresqlSchema(),
): Promise<string> {
  const scratch = new URL(serverUrl);
  const schema = `drift_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  scratch.searchParams.set("schema", schema);
  const url = scratch.toString();
  const dir = mkdtempSync(path.join(tmpdir(), "newsroom-drift-"));
  try {
    await applyPostgresqlMigrations(url);
    const migrated = path.join(dir, "migrated.prisma");
    const wanted = path.join(dir, "wanted.prisma");
    // Introspection fills a schema that names only the database (`db pull` writes into it).
    writeFileSync(
      migrated,
      'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n',
    );
    writeFileSync(wanted, target);
    prisma(["db", "pull", "--schema", migrated], url);
    writeFileSync(migrated, restoreEnumValues(readFileSync(migrated, "utf8")));
    const sql = prisma(
      ["migrate", "diff", "--from-schema-datamodel", migrated, "--to-schema-datamodel", wanted, "--script"],
      url,
    ).trim();
    return sql === EMPTY ? "" : `${sql}\n`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const { connectionString } = postgresqlConnection(serverUrl);
    const client = new pg.Client({ connectionString });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}
