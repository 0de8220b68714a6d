"use client";

import Link from "next/link";
import { useState } from "react";
import { markReadAction } from "@/app/(newsroom)/newsroom/notifications/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import { MarkReadButton } from "./mark-read-button";

export interface NotificationItem {
  id: string;
  message: string;
  articleId: string;
  read: boolean;
  /** Someone has since acted on what it asked for: shown as 已处理, nothing left to mark. */
  handled: boolean;
  at: string;
  atLabel: string;
}

/** 通知, each open one (unread, not handled) tickable so several can be marked read at once. */
export function NotificationList({ notifications }: { notifications: NotificationItem[] }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const marking = useAction(markReadAction);
  const open = (n: NotificationItem) => !n.read && !n.handled;

  async function markSelected() {
    const result = await marking.run({ ids: [...selected] });
    if (result.ok) setSelected(new Set());
  }

  return (
    <>
      {notifications.some(open) && (
        <div className="mb-3 flex items-center gap-3">
          <button
            type="button"
            onClick={markSelected}
            disabled={marking.pending || selected.size === 0}
            className="rounded border border-gray-300 bg-white px-2 py-0.5 text-sm hover:border-brand disabled:opacity-40"
          >
            将所选标为已读（{selected.size}）
          </button>
          <StatusMessage message={marking.message} />
        </div>
      )}
      <ul className="divide-y divide-gray-100 rounded border border-gray-200 bg-white">
        {notifications.map((n) => (
          <li
            key={n.id}
            className={`flex flex-wrap items-center justify-between gap-3 px-4 py-3 ${open(n) ? "bg-amber-50" : "text-gray-600"}`}
          >
            <span className="flex items-start gap-2">
              {open(n) && (
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
                {n.handled ? (
                  <span className="mr-2 inline-block rounded bg-gray-200 px-1.5 text-xs text-gray-700">
                    已处理
                  </span>
                ) : (
                  !n.read && (
                    <span className="mr-2 inline-block rounded bg-brand px-1.5 text-xs text-white">未读</span>
                  )
                )}
                <Link href={`/newsroom/articles/${n.articleId}`} className="hover:underline">
                  {n.message}
                </Link>
                <time dateTime={n.at} className="ml-3 text-xs text-muted">
                  {n.atLabel}
                </time>
              </span>
            </span>
            {open(n) && <MarkReadButton ids={[n.id]} label="标为已读" />}
          </li>
        ))}
      </ul>
    </>
  );
}
