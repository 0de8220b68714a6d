"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

const EVERY_MS = 60_000;

/**
 * 通知 with the number waiting. The page gives the number it was rendered with; the badge asks
 * again when the window regains focus and once a minute while it is visible (one small
 * request, nothing while the tab is hidden), so a reviewer sees new work without reloading.
 */
export function NotificationBadge({ initial }: { initial: number }) {
  const [count, setCount] = useState(initial);
  const [given, setGiven] = useState(initial);
  if (given !== initial) {
    setGiven(initial);
    setCount(initial);
  }

  useEffect(() => {
    let current = true;
    const refresh = async () => {
      if (document.visibilityState !== "visible") return;
      const response = await fetch("/api/notifications/unread", { cache: "no-store" }).catch(() => null);
      const body = (await response?.json().catch(() => null)) as { count?: number } | null;
      if (current && response?.ok && typeof body?.count === "number") setCount(body.count);
    };
    const timer = setInterval(() => void refresh(), EVERY_MS);
    const onFocus = () => void refresh();
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onFocus);
    return () => {
      current = false;
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onFocus);
    };
  }, []);

  return (
    <Link href="/newsroom/notifications" className="rounded px-2 py-1 hover:bg-white/15">
      通知
      {count > 0 && (
        <span
          className="ml-1 rounded-full bg-white px-1.5 text-xs font-bold text-brand-dark"
          aria-label={`${count} 条未读`}
          data-testid="unread-count"
        >
          {count}
        </span>
      )}
    </Link>
  );
}
