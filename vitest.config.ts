import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const TEST_FILES = ["lib/**/*.test.ts", "scripts/**/*.test.ts"];

/** Test files that open a database of their own (lib/testing/temp-database.ts). */
function databaseTestFiles(): string[] {
  const files: string[] = [];
  for (const root of ["lib", "scripts"]) {
    for (const entry of readdirSync(root, { recursive: true, encoding: "utf8" })) {
      const file = path.join(root, entry);
      if (file.endsWith(".test.ts") && readFileSync(file, "utf8").includes("@/lib/testing/temp-database"))
        files.push(file);
    }
  }
  return files;
}

const shared = {
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    environment: "node",
    // Migrates one template database per run; each test database is a copy of it.
    globalSetup: ["lib/testing/global-setup.ts"],
    // server-only throws outside a React Server Components bundle; domain tests run plain Node.
    alias: { "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts") },
  },
};

// Every test runs on SQLite. With TEST_DATABASE_URL naming a PostgreSQL server (.ci/run starts
// one when it is installed), the tests that use a database run a second time on PostgreSQL.
const postgresql = process.env.TEST_DATABASE_URL;

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: { ...shared.test, name: "sqlite", include: TEST_FILES, env: { TEST_DATABASE_URL: "" } },
      },
      ...(postgresql
        ? [
            {
              ...shared,
              test: {
                ...shared.test,
                name: "postgresql",
                include: databaseTestFiles(),
                // SQLite's file lock between processes; PostgreSQL's write lock has its own test
                // (lib/database/postgresql-write-lock.test.ts).
                exclude: ["lib/db-busy.test.ts"],
                env: { TEST_DATABASE_URL: postgresql },
              },
            },
          ]
        : []),
    ],
  },
});
