// `npm run db:generate` (run by postinstall): the Prisma clients of both databases. Writes
// prisma/postgresql/schema.prisma from prisma/schema.prisma (lib/database/postgresql-schema.ts
// says how), then generates the SQLite client and the PostgreSQL one beside it.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATABASE_URL } from "@/lib/env";
import {
  POSTGRESQL_ONLY_MODELS,
  POSTGRESQL_SCHEMA,
  SQLITE_SCHEMA,
  toPostgresqlSchema,
} from "@/lib/database/postgresql-schema";

writeFileSync(
  POSTGRESQL_SCHEMA,
  toPostgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8"), readFileSync(POSTGRESQL_ONLY_MODELS, "utf8")),
);

// Generating connects to nothing, but the CLI validates the schema's url against its provider
// (and otherwise falls back to downloading an engine): each schema gets a URL of its own kind.
const prisma = path.resolve("node_modules", ".bin", "prisma");
for (const [schema, url] of [
  [SQLITE_SCHEMA, DEFAULT_DATABASE_URL],
  [POSTGRESQL_SCHEMA, "postgresql://localhost/newsroom"],
]) {
  execFileSync(prisma, ["generate", "--schema", schema], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "inherit",
  });
}
