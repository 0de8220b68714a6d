import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import type { Clock } from "@/lib/time/clock";

export function countUnread(db: Database, user: SessionUser): Promise<number> {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

/** The user's own notices, newest first. */
export function listNotifications(db: Database, user: SessionUser) {
  return db.notification.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, message: true, readAt: true, createdAt: true, articleId: true },
  });
}

/** Marks the user's own notices read: one, or all of them. */
export async function markNotificationsRead(
  db: Database,
  user: SessionUser,
  ids: string[] | "all",
  clock: Clock,
): Promise<void> {
  await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: clock() },
  });
}
