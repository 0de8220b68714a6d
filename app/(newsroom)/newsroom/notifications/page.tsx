import type { Metadata } from "next";
import { MarkReadButton } from "@/components/newsroom/mark-read-button";
import { NotificationList } from "@/components/newsroom/notification-list";
import { EmptyState } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export const metadata: Metadata = { title: "通知" };

// 通知: what happened to my articles, and what waits for me.
export default async function NotificationsPage() {
  const user = await requireUser("/newsroom/notifications");
  const notifications = await listNotifications(db, user);
  const unread = notifications.filter((n) => !n.readAt && !n.handled);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">通知</h1>
        {unread.length > 0 && <MarkReadButton ids="all" label="全部标为已读" />}
      </div>
      {notifications.length === 0 ? (
        <EmptyState>暂无通知。</EmptyState>
      ) : (
        <NotificationList
          notifications={notifications.map((n) => ({
            id: n.id,
            message: n.message,
            articleId: n.articleId,
            read: n.readAt !== null,
            handled: n.handled,
            at: n.createdAt.toISOString(),
            atLabel: formatNewsroomTime(n.createdAt),
          }))}
        />
      )}
    </>
  );
}
