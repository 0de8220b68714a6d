// `npm run db:migration:postgresql -- <name>`: after a change to prisma/schema.prisma (and its
// SQLite migration, scripts/new-migration.sh), writes the PostgreSQL migration that brings
// prisma/postgresql/migrations to the schema generated from it. Needs a PostgreSQL server to try
// the migrations on: TEST_DATABASE_URL (a scratch schema is made there and dropped). Check the SQL
// by hand: a changed column type may need a USING clause to keep the rows.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { POSTGRESQL_MIGRATIONS } from "@/lib/database/postgresql-schema";
import { postgresqlSchemaDrift } from "@/lib/setup/postgresql-schema-drift";

async function main(): Promise<number> {
  const name = process.argv[2];
  const server = process.env.TEST_DATABASE_URL;
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("用法：npm run db:migration:postgresql -- <名称>（小写字母、数字、下划线）");
    return 64;
  }
  if (!server) {
    console.error("请用 TEST_DATABASE_URL 指定一个可以试运行迁移的 PostgreSQL（postgresql://…）。");
    return 64;
  }
  const sql = await postgresqlSchemaDrift(server);
  if (!sql) {
    console.log("PostgreSQL 迁移已与 prisma/schema.prisma 一致，无需新迁移。");
    return 0;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(POSTGRESQL_MIGRATIONS, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`已写入 ${dir}/migration.sql，请检查其中的 SQL。`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
