import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "@/lib/db";
import { invalidateReaderPages } from "./invalidate-reader-pages";

const DATABASE_ID_KEY = "reader-cache.database-id";
/** Beside the caches it speaks for: which database they were last filled from. */
export const OWNER_FILE = path.resolve(".next", "cache", "reader-pages.owner");

/**
 * The page caches live in the build directory (.next), but the pages come from a database: after
 * `npm test` served the test database from this build, `npm start` must not serve its pages. The
 * server claims the caches for its database when it starts; when they were last another
 * database's, every page rendered before now is invalidated in this one.
 */
export async function claimPageCache(db: Database, now: Date, ownerFile = OWNER_FILE): Promise<boolean> {
  const stored = await db.setting.findUnique({ where: { key: DATABASE_ID_KEY } });
  let databaseId = stored?.value;
  if (typeof databaseId !== "string") {
    databaseId = randomUUID();
    await db.setting.upsert({
      where: { key: DATABASE_ID_KEY },
      update: { value: databaseId },
      create: { key: DATABASE_ID_KEY, value: databaseId },
    });
  }
  const owner = existsSync(ownerFile) ? readFileSync(ownerFile, "utf8").trim() : "";
  if (owner === databaseId) return false;
  await invalidateReaderPages(db, { everything: true }, now);
  mkdirSync(path.dirname(ownerFile), { recursive: true });
  writeFileSync(ownerFile, databaseId);
  return true;
}
