import type { SessionUser } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db";

/** The byline person of a newsroom account (记者 + their name), created on first need. */
export async function ensureUserPerson(tx: Tx, user: SessionUser): Promise<string> {
  const linked = await tx.person.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (linked) return linked.id;
  const created = await tx.person.create({ data: { name: user.displayName, kind: "REPORTER", userId: user.id } });
  return created.id;
}
