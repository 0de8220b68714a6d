import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadButton } from "@/components/newsroom/mark-read-button";
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
        <ul className="divide-y divide-gray-100 rounded border border-gray-200 bg-white">
          {notifications.map((n) => (
            <li
              key={n.id}
              className={`flex flex-wrap items-center justify-between gap-3 px-4 py-3 ${n.readAt || n.handled ? "text-gray-600" : "bg-amber-50"}`}
            >
              <span>
                {n.handled ? (
                  <span className="mr-2 inline-block rounded bg-gray-200 px-1.5 text-xs text-gray-700">
                    已处理
                  </span>
                ) : (
                  !n.readAt && (
                    <span className="mr-2 inline-block rounded bg-brand px-1.5 text-xs text-white">未读</span>
                  )
                )}
                <Link href={`/newsroom/articles/${n.articleId}`} className="hover:underline">
                  {n.message}
                </Link>
                <time dateTime={n.createdAt.toISOString()} className="ml-3 text-xs text-muted">
                  {formatNewsroomTime(n.createdAt)}
                </time>
              </span>
              {!n.readAt && !n.handled && <MarkReadButton ids={[n.id]} label="标为已读" />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
