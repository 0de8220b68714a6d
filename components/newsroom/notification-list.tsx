"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { markReadAction } from "@/app/(newsroom)/newsroom/notifications/actions";
import { MarkReadButton } from "./mark-read-button";

export interface NotificationItem {
  id: string;
  message: string;
  articleId: string;
  read: boolean;
  at: string;
  atLabel: string;
}

/** 通知, each unread one tickable so several can be marked handled at once. */
export function NotificationList({ notifications }: { notifications: NotificationItem[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState(false);

  async function markSelected() {
    setPending(true);
    await markReadAction({ ids: [...selected] });
    setPending(false);
    setSelected(new Set());
    router.refresh();
  }

  return (
    <>
      {notifications.some((n) => !n.read) && (
        <div className="mb-3 flex items-center gap-3">
          <button
            type="button"
            onClick={markSelected}
            disabled={pending || selected.size === 0}
            className="rounded border border-gray-300 bg-white px-2 py-0.5 text-sm hover:border-brand disabled:opacity-40"
          >
            将所选标为已读（{selected.size}）
          </button>
        </div>
      )}
      <ul className="divide-y divide-gray-100 rounded border border-gray-200 bg-white">
        {notifications.map((n) => (
          <li
            key={n.id}
            className={`flex flex-wrap items-center justify-between gap-3 px-4 py-3 ${n.read ? "text-gray-600" : "bg-amber-50"}`}
          >
            <span className="flex items-start gap-2">
              {!n.read && (
                <input
                  type="checkbox"
                  className="mt-1.5"
                  checked={selected.has(n.id)}
                  onChange={(event) =>
                    setSelected((current) => {
                      const next = new Set(current);
                      if (event.target.checked) next.add(n.id);
                      else next.delete(n.id);
                      return next;
                    })
                  }
                  aria-label={`选择：${n.message}`}
                />
              )}
              <span>
                {!n.read && (
                  <span className="mr-2 inline-block rounded bg-brand px-1.5 text-xs text-white">未读</span>
                )}
                <Link href={`/newsroom/articles/${n.articleId}`} className="hover:underline">
                  {n.message}
                </Link>
                <time dateTime={n.at} className="ml-3 text-xs text-muted">
                  {n.atLabel}
                </time>
              </span>
            </span>
            {!n.read && <MarkReadButton ids={[n.id]} label="标为已读" />}
          </li>
        ))}
      </ul>
    </>
  );
}
