import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./auth-options";
import { findSessionUser } from "./find-session-user";
import type { SessionUser } from "./roles";

/**
 * The signed-in user, checked against the database on every request: a signed-out session,
 * a deactivated account, or one whose password was reset (session version bumped), is
 * signed out at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user) return null;
  const { id, sessionVersion, sessionId, signedInAt } = session.user;
  return findSessionUser(db, { userId: id, sessionVersion, sessionId, signedInAt }, new Date());
});

/** For newsroom pages: the user, or a redirect to sign in that comes back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
}
