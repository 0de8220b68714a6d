import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { toBusyError } from "@/lib/errors/database-busy";
import type { ActionResult } from "./action-result";

const UNEXPECTED = "服务器出错，操作未完成，请稍后再试。";

// Schemas name their own messages where a person can make the mistake; the rest (an input of
// the wrong shape, which only a hand-made request sends) are zod's own, in Chinese too.
z.config(z.locales.zhCN());

async function run<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  body: (data: z.output<S>) => Promise<R>,
): Promise<ActionResult<R>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? "输入有误。", code: "BAD_INPUT" };
  try {
    return { ok: true, data: await body(parsed.data) };
  } catch (thrown) {
    // A database held by another writer (an import) past the wait is worth a retry, not a generic error.
    const error = toBusyError(thrown);
    if (error instanceof AppError) return { ok: false, error: error.message, code: error.code };
    // Unexpected failures are logged for us and never shown: no stack trace reaches a browser.
    console.error(error);
    return { ok: false, error: UNEXPECTED };
  }
}

/**
 * Every newsroom server action goes through here: it loads the signed-in user (checked
 * against the database), validates the input with the action's zod schema, and turns
 * errors into a message. The handler still checks permissions on the record it loads.
 */
export function defineAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.output<S>, context: { user: SessionUser }) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, error: "登录已失效，请重新登录。", code: "UNAUTHENTICATED" };
    return run(schema, input, (data) => handler(data, { user }));
  };
}

/** The same boundary for the few actions open to people who are not signed in (first setup). */
export function definePublicAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.output<S>) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => run(schema, input, handler);
}
