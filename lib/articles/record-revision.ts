import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Clock } from "@/lib/time/clock";

/**
 * Autosaves by the same person within this window fold into one revision: five minutes,
 * or NEWSROOM_REVISION_WINDOW_S seconds.
 */
export function revisionWindowMs(): number {
  return env().NEWSROOM_REVISION_WINDOW_S * 1000;
}

export interface RevisionContent {
  articleId: string;
  authorId: string;
  headline: string;
  subtitle: string;
  body: Prisma.InputJsonValue;
  charCount: number;
  /** A named revision (a restore, a status change) always stands on its own. */
  note?: string;
}

/**
 * Keeps a revision of a content change. Autosave fires every few seconds; one revision per
 * few minutes of one person's editing keeps history readable without losing a session's work.
 */
export async function recordRevision(tx: Tx, content: RevisionContent, clock: Clock): Promise<void> {
  const { articleId, authorId, note = "", ...text } = content;
  const last = await tx.revision.findFirst({ where: { articleId }, orderBy: { number: "desc" } });
  const foldable =
    last &&
    !note &&
    !last.note &&
    last.authorId === authorId &&
    clock().getTime() - last.createdAt.getTime() < revisionWindowMs();
  if (foldable) {
    await tx.revision.update({ where: { id: last.id }, data: text });
    return;
  }
  await tx.revision.create({
    data: { articleId, authorId, note, number: (last?.number ?? 0) + 1, createdAt: clock(), ...text },
  });
}
