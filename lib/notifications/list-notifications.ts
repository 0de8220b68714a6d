import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import type { Clock } from "@/lib/time/clock";
import { findLaterEvents, isHandled } from "./handled-notifications";

const NOTICE = {
  id: true,
  userId: true,
  message: true,
  readAt: true,
  createdAt: true,
  articleId: true,
  article: { select: { authorId: true } },
} as const;

/** Unread notices still waiting for the person: the badge's number. */
export async function countUnread(db: Database, user: SessionUser): Promise<number> {
  const unread = await db.notification.findMany({
    where: { userId: user.id, readAt: null },
    select: NOTICE,
    take: 500,
  });
  const events = await findLaterEvents(db, unread);
  return unread.filter((notice) => !isHandled(notice, events)).length;
}

/** The user's own notices, newest first, each marked handled when someone has since acted on it. */
export async function listNotifications(db: Database, user: SessionUser) {
  const notices = await db.notification.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: NOTICE,
  });
  const events = await findLaterEvents(
    db,
    notices.filter((n) => !n.readAt),
  );
  return notices.map((notice) => ({
    id: notice.id,
    message: notice.message,
    readAt: notice.readAt,
    createdAt: notice.createdAt,
    articleId: notice.articleId,
    handled: !notice.readAt && isHandled(notice, events),
  }));
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
