import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "./lib/env";

// The CLI loads the schema (which reads DATABASE_URL) only after this file: without a value
// it would fall back to downloading a query engine, which these machines cannot reach. The
// value is the app's own (lib/env.ts: the variable, checked, or the default file).
process.env.DATABASE_URL = env().DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: env().DATABASE_URL });
  },
});
