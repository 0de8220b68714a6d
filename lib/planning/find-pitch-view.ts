import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { roleCan } from "@/lib/permissions/policy";
import type { Clock } from "@/lib/time/clock";
import { isOverdue, progressOf } from "./assignment-progress";
import { availableDecisions } from "./pitch-decisions";
import { loadPitchFor } from "./load-pitch-for";

/**
 * One pitch for its page, or null for someone who may not see it (404): its fields, its
 * assignment and article, its timeline, and what this user may do with it now.
 */
export async function findPitchView(db: Database, user: SessionUser, pitchId: string, clock: Clock) {
  const pitch = await loadPitchFor(db, user, pitchId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!pitch) return null;
  const [details, events] = await Promise.all([
    db.pitch.findUniqueOrThrow({
      where: { id: pitch.id },
      select: {
        proposer: { select: { displayName: true } },
        suggestedReporter: { select: { id: true, displayName: true } },
        section: { select: { id: true, name: true } },
        decidedBy: { select: { displayName: true } },
      },
    }),
    db.pitchEvent.findMany({
      where: { pitchId: pitch.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        action: true,
        note: true,
        createdAt: true,
        actor: { select: { displayName: true } },
      },
    }),
  ]);
  const assignment = pitch.assignment;
  const progress = assignment ? progressOf(assignment.article?.status) : null;
  const mine = assignment?.people.find((p) => p.userId === user.id);
  return {
    pitch: { ...pitch, ...details },
    assignment,
    progress,
    overdue: Boolean(assignment && progress && isOverdue(assignment.deadline, progress, clock())),
    events,
    may: {
      decide: availableDecisions({
        status: pitch.status,
        hasArticle: Boolean(assignment?.article),
        actor: user,
      }),
      assign: pitch.status === "ACCEPTED" && roleCan(user, "assignment:manage"),
      start: pitch.status === "ACCEPTED" && mine?.role === "REPORTER" && !assignment?.article,
    },
  };
}
