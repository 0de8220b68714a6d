"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Message } from "./status-message";

interface UseActionOptions<T> {
  /** What to say when it worked; nothing is said without it. */
  success?: string | ((data: T) => string);
  /** Re-render the page from the server afterwards (default true), so it shows what now is. */
  refresh?: boolean;
}

/**
 * The one way newsroom components call a server action: it runs the action, turns its answer
 * into a message for <StatusMessage>, and refreshes the page's server data in the same
 * transition, so `pending` lasts until the page shows the outcome (never a window reload,
 * which would also drop whatever else the person has open).
 */
export function useAction<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  options: UseActionOptions<T> = {},
) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<Message | null>(null);
  const { success, refresh = true } = options;

  const run = useCallback(
    (input: I, call: Pick<UseActionOptions<T>, "success"> = {}): Promise<ActionResult<T>> =>
      new Promise((resolve) => {
        startTransition(async () => {
          let result: ActionResult<T>;
          try {
            result = await action(input);
          } catch {
            // The request itself failed (offline, server restarting): nothing was done.
            result = { ok: false, error: "无法连接服务器，操作未完成，请稍后再试。" };
          }
          if (!result.ok) setMessage({ text: result.error, error: true });
          else {
            const said = call.success ?? success;
            const text = typeof said === "function" ? said(result.data) : said;
            setMessage(text ? { text, error: false } : null);
            if (refresh) router.refresh();
          }
          resolve(result);
        });
      }),
    [action, refresh, router, success],
  );

  /** Shows a message of the component's own (a check before calling the action). */
  const fail = useCallback((text: string) => setMessage({ text, error: true }), []);
  const clear = useCallback(() => setMessage(null), []);

  return { run, pending, message, fail, clear };
}
