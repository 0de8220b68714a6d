import type { Database } from "@/lib/db";

/** True until the first account exists: only then does /setup exist. */
export async function needsFirstAdmin(db: Database): Promise<boolean> {
  return (await db.user.count()) === 0;
}
