import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";

/** The newsroom's writers and editors, for someone who edits articles to credit by account. */
export async function findCreditAccounts(
  db: Database,
  user: SessionUser,
): Promise<{ id: string; displayName: string }[]> {
  assertRoleCan(user, "article:edit");
  return db.user.findMany({
    where: { active: true, role: { not: "ADMIN" } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
  });
}
