/**
 * The PostgreSQL schema, derived from the SQLite one (prisma/schema.prisma, the source of truth):
 * the same models with the datasource's provider swapped, a client generated beside the SQLite
 * one, and the models only PostgreSQL has (prisma/postgresql/postgresql-only.prisma) appended.
 * Derived, never copied by hand, so a change to the schema reaches both databases.
 */
export const POSTGRESQL_CLIENT_SUFFIX = "-postgresql";
export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRESQL_ONLY_MODELS = "prisma/postgresql/postgresql-only.prisma";
/** Written by `npm run db:generate`, git-ignored. */
export const POSTGRESQL_SCHEMA = "prisma/postgresql/schema.prisma";
export const POSTGRESQL_MIGRATIONS = "prisma/postgresql/migrations";

function replaceOnce(text: string, pattern: RegExp, replace: (...groups: string[]) => string, what: string) {
  let found = 0;
  const result = text.replace(pattern, (...match: string[]) => {
    found += 1;
    return replace(...match);
  });
  if (found !== 1) throw new Error(`prisma/schema.prisma：找不到唯一的 ${what}，无法生成 PostgreSQL 版本。`);
  return result;
}

/**
 * @param sqliteSchema prisma/schema.prisma as written
 * @param postgresqlOnly models that exist only on PostgreSQL
 * @param depth how many folders below prisma/ the result is written (relative paths move with it)
 */
export function toPostgresqlSchema(sqliteSchema: string, postgresqlOnly: string, depth = 1): string {
  const up = "../".repeat(depth);
  let schema = replaceOnce(
    sqliteSchema,
    /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/g,
    (_, head) => `${head}"postgresql"`,
    'datasource provider = "sqlite"',
  );
  schema = replaceOnce(
    schema,
    /(generator\s+client\s*\{[^}]*?output\s*=\s*)"([^"]+)"/g,
    (_, head, output) => `${head}"${up}${output}${POSTGRESQL_CLIENT_SUFFIX}"`,
    "generator client 的 output",
  );
  return [
    "// GENERATED from prisma/schema.prisma by scripts/generate-postgresql-schema.ts (npm run db:generate).",
    "// Do not edit: change prisma/schema.prisma, or prisma/postgresql/postgresql-only.prisma.",
    "",
    schema.trimEnd(),
    "",
    postgresqlOnly.trimEnd(),
    "",
  ].join("\n");
}
