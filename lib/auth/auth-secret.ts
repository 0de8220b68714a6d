import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
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
