import "server-only";
import { forbidden } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/roles";
import { type Action, roleCan } from "./policy";

/**
 * For newsroom pages: the signed-in user, if their role may take the action. Anyone else who
 * is signed in gets the 没有权限 page (403, app/(newsroom)/newsroom/forbidden.tsx); anyone
 * not signed in goes to sign in first.
 */
export async function requirePermission(returnTo: string, action: Action): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!roleCan(user, action)) forbidden();
  return user;
}
