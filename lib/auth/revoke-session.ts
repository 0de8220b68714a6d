import type { Database } from "@/lib/db";
import { type SessionClaims, sessionEndsAt } from "./session-claims";

/**
 * Ends a session at once (signing out): its token, even a copy of it, is refused from now on.
 * The row is kept only until the session would have ended anyway; older rows go here too, so
 * the table stays as small as the number of sessions signed out within one working day.
 */
export async function revokeSession(
  db: Database,
  claims: Pick<SessionClaims, "sessionId" | "signedInAt">,
  now: Date,
): Promise<void> {
  const expiresAt = sessionEndsAt(claims.signedInAt);
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lte: now } } }),
    db.revokedSession.upsert({
      where: { id: claims.sessionId },
      create: { id: claims.sessionId, expiresAt },
      update: {},
    }),
  ]);
}
