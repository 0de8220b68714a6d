import type { SessionUser } from "@/lib/auth/roles";
import type { CreditInput } from "@/lib/credits/credits-input";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export interface AssignmentDraft {
  assignmentId: string;
  pitchId: string;
  headline: string;
  sectionId: string | null;
  /** The starting reporter first, then the other reporters, then the photographer. */
  credits: CreditInput[];
}

/**
 * What an article started from an assignment begins with, after checking that this user may
 * start it: one of its reporters, while the pitch stands and nobody has started it yet (one
 * article per assignment; the unique Article.assignmentId backs this up).
 */
export async function draftFromAssignment(
  tx: Tx,
  user: SessionUser,
  assignmentId: string,
): Promise<AssignmentDraft> {
  const assignment = await tx.assignment.findUnique({
    where: { id: assignmentId },
    include: {
      pitch: { select: { id: true, topic: true, status: true, sectionId: true } },
      people: { orderBy: { position: "asc" } },
      article: { select: { id: true } },
    },
  });
  const mine = assignment?.people.find((p) => p.userId === user.id);
  if (!assignment || !mine) throw new AppError("NOT_FOUND", "派稿不存在。");
  if (mine.role !== "REPORTER") throw new AppError("FORBIDDEN", "只有派稿的记者可以开始写作。");
  if (assignment.pitch.status !== "ACCEPTED")
    throw new AppError("CONFLICT", "该选题已撤销，不能再开始写作。");
  if (assignment.article) throw new AppError("CONFLICT", "该派稿已经开始写作，请打开已有的稿件。");
  const reporters = assignment.people.filter((p) => p.role === "REPORTER" && p.userId !== user.id);
  const photographers = assignment.people.filter((p) => p.role === "PHOTOGRAPHER");
  return {
    assignmentId: assignment.id,
    pitchId: assignment.pitch.id,
    headline: assignment.pitch.topic,
    sectionId: assignment.sectionId ?? assignment.pitch.sectionId,
    credits: [
      { role: "REPORTER", userId: user.id },
      ...reporters.map((p) => ({ role: "REPORTER" as const, userId: p.userId })),
      ...photographers.map((p) => ({ role: "PHOTOGRAPHER" as const, userId: p.userId })),
    ],
  };
}
