import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import type { Database, Tx } from "@/lib/db";

const SETTING_KEY = "setup.codeHash";
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

const digest = (code: string) => createHash("sha256").update(code.trim().toUpperCase()).digest();

/**
 * A fresh one-time code for creating the first admin account. Only its hash is stored; the
 * code itself is printed in the server log, so only whoever runs the server can use /setup.
 */
export async function issueSetupCode(db: Database): Promise<string> {
  const code = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const value = digest(code).toString("hex");
  await db.setting.upsert({
    where: { key: SETTING_KEY },
    update: { value },
    create: { key: SETTING_KEY, value },
  });
  return code;
}

/** Whether the code is the one issued, without using it up. */
export async function setupCodeMatches(db: Database | Tx, code: string): Promise<boolean> {
  const stored = await db.setting.findUnique({ where: { key: SETTING_KEY } });
  return typeof stored?.value === "string" && timingSafeEqual(Buffer.from(stored.value, "hex"), digest(code));
}

/** Checks the code and consumes it, inside the transaction that creates the admin. */
export async function consumeSetupCode(tx: Tx, code: string): Promise<boolean> {
  const matches = await setupCodeMatches(tx, code);
  if (matches) await tx.setting.delete({ where: { key: SETTING_KEY } });
  return matches;
}
