import type { Database } from "@/lib/db";

/** The newsroom's writers and editors, to pick from when crediting someone with an account. */
export function findCreditAccounts(db: Database): Promise<{ id: string; displayName: string }[]> {
  return db.user.findMany({
    where: { active: true, role: { not: "ADMIN" } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
  });
}
