import type { SessionUser } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { canSeePitch } from "./can-on-pitch";

/**
 * A pitch with its assignment, inside the caller's transaction, or NOT_FOUND for someone who
 * may not see it: a refusal never confirms that another reporter's pitch exists.
 */
export async function loadPitchFor(tx: Tx, user: SessionUser, pitchId: string) {
  const pitch = await tx.pitch.findUnique({
    where: { id: pitchId },
    include: {
      assignment: {
        include: {
          people: { orderBy: { position: "asc" }, include: { user: { select: { displayName: true } } } },
          issue: { select: { number: true, date: true, status: true } },
          section: { select: { name: true } },
          article: { select: { id: true, authorId: true, status: true, charCount: true } },
        },
      },
    },
  });
  const assignedIds = pitch?.assignment?.people.map((p) => p.userId) ?? [];
  if (!pitch || !canSeePitch(user, { proposerId: pitch.proposerId, assignedIds }))
    throw new AppError("NOT_FOUND", "选题不存在。");
  return pitch;
}
