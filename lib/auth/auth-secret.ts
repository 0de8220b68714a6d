import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "@/lib/db";
import { env } from "@/lib/env";

const SECRET_FILE = path.resolve("data", ".auth-secret");

/**
 * The key that signs session tokens: NEXTAUTH_SECRET, else one generated on first use and
 * kept beside the database, so sessions survive restarts without any setup step.
 */
export function authSecret(): string {
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return configured;
  if (!existsSync(SECRET_FILE)) {
    mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return readFileSync(SECRET_FILE, "utf8").trim();
}

const SHARED_SECRET_KEY = "auth.secret";

/**
 * The key kept in the database for every instance that shares it (lib/setup/prepare-database.ts
 * uses it on PostgreSQL): created once, then the same for all. Whoever can read the database can
 * read the password hashes too, so it is no weaker there than beside the database file.
 */
export async function findOrCreateSharedAuthSecret(db: Database): Promise<string> {
  const created = randomBytes(32).toString("base64url");
  await db.setting.upsert({
    where: { key: SHARED_SECRET_KEY },
    create: { key: SHARED_SECRET_KEY, value: created },
    update: {},
  });
  const stored = await db.setting.findUniqueOrThrow({ where: { key: SHARED_SECRET_KEY } });
  return String(stored.value);
}
