import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "@/lib/db";
import { databaseUrl } from "@/lib/database-url";
import { importArchive } from "@/lib/import/import-archive";
import { formatImportReport } from "@/lib/import/import-report";
import { applyMigrations } from "./apply-migrations";

export const ARCHIVE_DIR = path.resolve("prisma", "archive");

/**
 * First-start work, safe to repeat: migrations, then the bundled archive when the database
 * has no issue yet. Every start calls it, so a fresh clone needs no manual step.
 */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const url = databaseUrl();
  applyMigrations(url);
  const db = openDatabase(url);
  try {
    if ((await db.issue.count()) > 0) return;
    const files = readdirSync(ARCHIVE_DIR).filter((f) => f.endsWith(".txt")).sort();
    for (const file of files) {
      const report = await importArchive(db, { fileName: file, bytes: readFileSync(path.join(ARCHIVE_DIR, file)) });
      log(formatImportReport(report));
    }
  } finally {
    await db.$disconnect();
  }
}
