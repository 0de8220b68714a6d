import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { LoginThrottle } from "./login-throttle";
import { verifyPassword } from "./password";
import { type SessionUser, isRole } from "./roles";

export interface Credentials {
  username: string;
  password: string;
  /** The client address as the server vouches for it (lib/server/client-address.ts), for the limits. */
  address: string;
}

export type AuthenticatedUser = SessionUser & { sessionVersion: number };

// Compared against when the account does not exist, so a wrong name costs as long as a wrong password.
const UNKNOWN_USER_HASH = "$2b$11$aHIoin3G4D6dAVVInMgQKenO4pG1WPgbrTiVP9Y.Q5WY25C.wuZHi";

/**
 * Repeated failures lock out the address they came from, never the account or the site: an
 * attacker can only lock themselves out, not a colleague signing in from another address.
 */
export interface SignInThrottles {
  /** Failures per account name from one address: guessing one account's password. */
  account: LoginThrottle;
  /** Failures per client address: one machine trying many accounts (looser, offices share addresses). */
  address: LoginThrottle;
}

/**
 * Checks a sign-in attempt; a deactivated account is refused even with the right password.
 * The limits are checked before the password is: a refused attempt costs no bcrypt work.
 */
export async function authenticate(
  db: Database,
  credentials: Credentials,
  throttles: SignInThrottles,
): Promise<AuthenticatedUser> {
  const username = credentials.username.trim().toLowerCase();
  const accountKey = `${credentials.address} ${username}`;
  const wait = Math.max(
    await throttles.account.retryAfterMs(accountKey),
    await throttles.address.retryAfterMs(credentials.address),
  );
  if (wait > 0) {
    throw new AppError("TOO_MANY_REQUESTS", `登录失败次数过多，请 ${Math.ceil(wait / 60_000)} 分钟后再试。`);
  }
  const user = await db.user.findUnique({ where: { username }, omit: { passwordHash: false } });
  const valid = await verifyPassword(credentials.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !valid || !isRole(user.role)) {
    await throttles.account.recordFailure(accountKey);
    await throttles.address.recordFailure(credentials.address);
    throw new AppError("UNAUTHENTICATED", "用户名或密码错误。");
  }
  if (!user.active) throw new AppError("FORBIDDEN", "该账号已停用，请联系管理员。");
  await throttles.account.reset(accountKey);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
