import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { type Database, openDatabase } from "@/lib/db";

/**
 * A migrated SQLite database in a temporary folder, for tests that need real queries: a copy
 * of the template the run migrated once (lib/testing/global-setup.ts). The template is
 * written by `prisma migrate deploy` in rollback-journal mode and closed, so the one file is
 * the whole database.
 */
export function createTempDatabase(): { db: Database; file: string; dispose: () => Promise<void> } {
  const template = inject("templateDatabase");
  if (!template || !existsSync(template) || existsSync(`${template}-wal`)) {
    throw new Error("没有迁移好的模板数据库：请经 vitest（vitest.config.ts 的 globalSetup）运行测试。");
  }
  const dir = mkdtempSync(path.join(tmpdir(), "newsroom-test-"));
  const file = path.join(dir, "test.db");
  copyFileSync(template, file);
  const db = openDatabase(`file:${file}`);
  return {
    db,
    file,
    dispose: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
