import type { Database } from "@/lib/db";
import { type SessionUser, isRole } from "./roles";
import { type SessionClaims, sessionEndsAt } from "./session-claims";

/**
 * The user a session token stands for, checked against the database: null when the session
 * was signed out, has outlived a working day, or the account was deactivated or had its
 * password reset since. Two primary-key reads, run together, on every request.
 */
export async function findSessionUser(
  db: Database,
  claims: SessionClaims,
  now: Date,
): Promise<SessionUser | null> {
  if (sessionEndsAt(claims.signedInAt) <= now) return null;
  const [user, revoked] = await Promise.all([
    db.user.findUnique({ where: { id: claims.userId } }),
    db.revokedSession.findUnique({ where: { id: claims.sessionId }, select: { id: true } }),
  ]);
  if (revoked || !user || !user.active || user.sessionVersion !== claims.sessionVersion || !isRole(user.role))
    return null;
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
