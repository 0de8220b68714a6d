import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { isOverdue, progressOf } from "./assignment-progress";
import { visiblePitchesWhere } from "./can-on-pitch";
import { PITCH_STATUSES } from "./pitch-status";

/** How many settled (declined) pitches the list shows: the rest are history. */
const DECLINED_SHOWN = 20;

/**
 * 选题 as the planning page lists them, by status: waiting for a decision first (oldest
 * first, as in a queue), then accepted ones by deadline, parked, and recently declined.
 */
export async function listPitches(db: Database, user: SessionUser, clock: Clock) {
  assertRoleCan(user, "pitch:view");
  const now = clock();
  const pitches = await db.pitch.findMany({
    where: visiblePitchesWhere(user),
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      topic: true,
      status: true,
      decisionNote: true,
      createdAt: true,
      proposer: { select: { displayName: true } },
      section: { select: { name: true } },
      assignment: {
        select: {
          deadline: true,
          issue: { select: { number: true } },
          people: {
            where: { role: "REPORTER" },
            orderBy: { position: "asc" },
            select: { user: { select: { displayName: true } } },
          },
          article: { select: { status: true } },
        },
      },
    },
  });
  const rows = pitches.map((p) => {
    const progress = p.assignment ? progressOf(p.assignment.article?.status) : null;
    return {
      ...p,
      progress,
      overdue: Boolean(p.assignment && progress && isOverdue(p.assignment.deadline, progress, now)),
    };
  });
  const byDeadline = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    (a.assignment?.deadline.getTime() ?? Infinity) - (b.assignment?.deadline.getTime() ?? Infinity);
  return PITCH_STATUSES.map((status) => {
    const group = rows.filter((r) => r.status === status);
    if (status === "ACCEPTED") group.sort(byDeadline);
    return { status, pitches: status === "DECLINED" ? group.reverse().slice(0, DECLINED_SHOWN) : group };
  });
}
