import { describe, expect, it } from "vitest";
import { currentPostgresqlSchema, postgresqlSchemaDrift } from "@/lib/setup/postgresql-schema-drift";
import { testDatabaseProvider } from "@/lib/testing/temp-database";

// prisma/schema.prisma is the source of truth; PostgreSQL's migrations are written for it
// (npm run db:migration:postgresql -- <name>) and must build exactly the schema generated from it.
describe.runIf(testDatabaseProvider() === "postgresql")("PostgreSQL migrations", () => {
  const server = process.env.TEST_DATABASE_URL!;

  it("build exactly the schema generated from prisma/schema.prisma", async () => {
    expect(await postgresqlSchemaDrift(server)).toBe("");
  }, 120_000);

  it("would show a schema change they lack, as the SQL to add", async () => {
    const changed = currentPostgresqlSchema().replace(/(model Setting \{\n)/, "$1  note String?\n");
    expect(await postgresqlSchemaDrift(server, changed)).toMatch(
      /ALTER TABLE "Setting" ADD COLUMN\s+"note" TEXT/,
    );
  }, 120_000);
});
