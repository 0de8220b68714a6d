import type { AppErrorCode } from "@/lib/errors/app-error";

/** What every server action returns to the browser: data, or a message safe to show. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; code?: AppErrorCode };
