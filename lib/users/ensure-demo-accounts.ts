import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db";
import { DEMO_ACCOUNTS } from "./demo-accounts";

/** Creates the demo accounts that are missing (demo mode only); existing ones are left alone. */
export async function ensureDemoAccounts(db: Database, password: string): Promise<string[]> {
  const created: string[] = [];
  const passwordHash = await hashPassword(password);
  for (const account of DEMO_ACCOUNTS) {
    const exists = await db.user.findUnique({ where: { username: account.username }, select: { id: true } });
    if (exists) continue;
    await db.user.create({ data: { ...account, passwordHash } });
    created.push(account.username);
  }
  return created;
}

/** Active accounts whose password is still the demo password: never allowed outside demo mode. */
export async function findAccountsWithDemoPassword(db: Database, password: string): Promise<string[]> {
  const users = await db.user.findMany({
    where: { active: true },
    select: { username: true, passwordHash: true },
  });
  const found: string[] = [];
  for (const user of users) if (await verifyPassword(password, user.passwordHash)) found.push(user.username);
  return found;
}
