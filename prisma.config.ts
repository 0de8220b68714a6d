import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseProvider } from "./lib/database-url";
import { PostgresqlMigrateAdapter } from "./lib/database/postgresql-migrate-adapter";
import { POSTGRESQL_MIGRATIONS, POSTGRESQL_SCHEMA } from "./lib/database/postgresql-schema";
import { env } from "./lib/env";

// The CLI loads the schema (which reads DATABASE_URL) only after this file: without a value
// it would fall back to downloading a query engine, which these machines cannot reach. The
// value is the app's own (lib/env.ts: the variable, checked, or the default file).
const url = env().DATABASE_URL;
process.env.DATABASE_URL = url;

// The URL's scheme picks the database, as in lib/db.ts: SQLite with prisma/schema.prisma (the
// source of truth) and its migrations, or PostgreSQL with the schema generated from it
// (npm run db:generate) and the migrations written for PostgreSQL.
export default databaseProvider(url) === "postgresql"
  ? defineConfig({
      experimental: { adapter: true },
      engine: "js",
      schema: POSTGRESQL_SCHEMA,
      migrations: { path: POSTGRESQL_MIGRATIONS },
      async adapter() {
        return new PostgresqlMigrateAdapter(url);
      },
    })
  : defineConfig({
      experimental: { adapter: true },
      engine: "js",
      schema: path.join("prisma", "schema.prisma"),
      migrations: { path: path.join("prisma", "migrations") },
      async adapter() {
        return new PrismaBetterSQLite3({ url });
      },
    });
