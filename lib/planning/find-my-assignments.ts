import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import type { Clock } from "@/lib/time/clock";
import { isOverdue, progressOf } from "./assignment-progress";

/**
 * 派给我的稿件, for the top of a writer's home page: standing assignments given to the user
 * whose copy has not passed review yet, soonest deadline first.
 */
export async function findMyAssignments(db: Database, user: SessionUser, clock: Clock) {
  const now = clock();
  const assignments = await db.assignment.findMany({
    where: {
      pitch: { status: "ACCEPTED" },
      people: { some: { userId: user.id } },
      OR: [
        { article: { is: null } },
        { article: { status: { in: ["DRAFT", "CHANGES_REQUESTED", "SUBMITTED"] } } },
      ],
    },
    orderBy: { deadline: "asc" },
    select: {
      id: true,
      pitchId: true,
      deadline: true,
      targetChars: true,
      pitch: { select: { topic: true, angle: true, photoNeeds: true } },
      issue: { select: { number: true, date: true } },
      section: { select: { name: true } },
      people: {
        orderBy: { position: "asc" },
        select: { userId: true, role: true, user: { select: { displayName: true } } },
      },
      article: { select: { id: true, status: true, charCount: true, authorId: true } },
    },
  });
  return assignments.map((a) => {
    const progress = progressOf(a.article?.status);
    const mine = a.people.find((p) => p.userId === user.id);
    return {
      id: a.id,
      pitchId: a.pitchId,
      topic: a.pitch.topic,
      angle: a.pitch.angle,
      photoNeeds: a.pitch.photoNeeds,
      deadline: a.deadline,
      targetChars: a.targetChars,
      issue: a.issue,
      section: a.section?.name ?? null,
      people: a.people.map((p) => ({ name: p.user.displayName, role: p.role })),
      article: a.article,
      progress,
      overdue: isOverdue(a.deadline, progress, now),
      mayStart: mine?.role === "REPORTER" && !a.article,
      // A co-reporter or the photographer cannot open someone else's draft (lib/permissions).
      mayOpen: a.article?.authorId === user.id,
    };
  });
}
