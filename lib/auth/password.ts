import bcrypt from "bcryptjs";
import { WorkQueue } from "./work-queue";

const COST = 11;

/** Minimum rules for a newsroom password; the same message in the UI and on the server. */
export const PASSWORD_RULE = { min: 8, message: "密码至少需要 8 个字符。" } as const;

// bcryptjs computes on the event loop in slices of up to 100 ms (about 140 ms per hash here).
// Hashes run side by side take turns slice by slice, so n of them hold every other request,
// readers included, for n slices at a time: one at a time keeps that wait under 100 ms, and
// the bounded queue caps what a flood of anonymous sign-ins can pile up.
const bcryptQueue = new WorkQueue({
  concurrency: 1,
  maxQueued: 32,
  busyMessage: "登录请求过多，服务器繁忙，请稍后再试。",
});

export function hashPassword(password: string): Promise<string> {
  return bcryptQueue.run(() => bcrypt.hash(password, COST));
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcryptQueue.run(() => bcrypt.compare(password, hash));
}
