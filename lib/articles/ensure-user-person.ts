import type { Tx } from "@/lib/db";

/**
 * The byline person of a newsroom account (记者 + their name), created on first need. A
 * reporter whose name the archive already credits is that archive person: their old articles
 * and new ones then share one name in search and bylines, and (name, kind) stays unique.
 */
export async function ensureUserPerson(tx: Tx, user: { id: string; displayName: string }): Promise<string> {
  const linked = await tx.person.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (linked) return linked.id;
  const archived = await tx.person.findUnique({
    where: { name_kind: { name: user.displayName, kind: "REPORTER" } },
    select: { id: true, userId: true },
  });
  if (archived) {
    // Another account of the same name already has it: the byline reads the same either way.
    if (archived.userId === null)
      await tx.person.update({ where: { id: archived.id }, data: { userId: user.id } });
    return archived.id;
  }
  const created = await tx.person.create({
    data: { name: user.displayName, kind: "REPORTER", userId: user.id },
  });
  return created.id;
}
