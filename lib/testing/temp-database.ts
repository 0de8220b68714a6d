import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, openDatabase } from "@/lib/db";
import { applyMigrations } from "@/lib/setup/apply-migrations";

/** A migrated SQLite database in a temporary folder, for tests that need real queries. */
export function createTempDatabase(): { db: Database; file: string; dispose: () => Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), "newsroom-test-"));
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  applyMigrations(url);
  const db = openDatabase(url);
  return {
    db,
    file,
    dispose: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
