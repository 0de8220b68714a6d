import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";

/** Every account, and the latest changes to accounts, for the people admin page. */
export async function listUsersWithAudit(db: Database, actor: SessionUser) {
  assertRoleCan(actor, "users:manage");
  const [users, audit] = await Promise.all([
    db.user.findMany({
      orderBy: [{ active: "desc" }, { role: "asc" }, { username: "asc" }],
      select: { id: true, username: true, displayName: true, role: true, active: true, createdAt: true },
    }),
    db.auditEntry.findMany({
      orderBy: { createdAt: "desc" },
      take: 30,
      select: {
        id: true,
        action: true,
        detail: true,
        createdAt: true,
        actor: { select: { displayName: true } },
      },
    }),
  ]);
  return { users, audit };
}
