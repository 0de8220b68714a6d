import type { SessionUser } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { roleCan } from "@/lib/permissions/policy";

export interface PitchAccessFacts {
  proposerId: string;
  /** Everyone the pitch's assignment is given to (reporters and photographer). */
  assignedIds: readonly string[];
}

/**
 * Who may see a pitch and its assignment: whoever proposed it, whoever it is assigned to, the
 * editors who decide pitches, and the admin (who sees everything but plans nothing). Another
 * reporter's pitch, and an editor's reason for declining it, stay between them and the desk.
 */
export function canSeePitch(user: SessionUser | null, pitch: PitchAccessFacts): boolean {
  if (!user || !roleCan(user, "pitch:view")) return false;
  if (roleCan(user, "pitch:decide") || user.role === "ADMIN") return true;
  return pitch.proposerId === user.id || pitch.assignedIds.includes(user.id);
}

/** The pitches a user may see, as a query filter matching canSeePitch. */
export function visiblePitchesWhere(user: SessionUser): Prisma.PitchWhereInput {
  if (roleCan(user, "pitch:decide") || user.role === "ADMIN") return {};
  return {
    OR: [{ proposerId: user.id }, { assignment: { is: { people: { some: { userId: user.id } } } } }],
  };
}
