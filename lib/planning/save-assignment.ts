import type { SessionUser } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { checkAssignment } from "./check-assignment";
import { type AssignmentSummary, describeAssignment, describeAssignmentChanges } from "./describe-assignment";
import { loadPitchFor } from "./load-pitch-for";
import type { SaveAssignmentInput } from "./planning-input";
import { recordPitchEvent } from "./record-pitch-event";

async function findAccounts(tx: Tx, ids: string[]) {
  const users = await tx.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, username: true, displayName: true, role: true, active: true },
  });
  return ids.map((id) => users.find((u) => u.id === id) ?? null);
}

/**
 * 派稿: gives an accepted pitch to reporters (and a photographer) with a deadline, a target
 * 字数, a planned issue and 栏目; saving again changes it. The pitch's timeline records the
 * assignment in full, and each later change as what changed.
 */
export async function saveAssignment(
  db: Database,
  user: SessionUser,
  input: SaveAssignmentInput,
  clock: Clock,
): Promise<{ assignmentId: string }> {
  assertRoleCan(user, "assignment:manage");
  return db.$transaction(async (tx) => {
    const pitch = await loadPitchFor(tx, user, input.pitchId);
    if (pitch.status !== "ACCEPTED") throw new AppError("CONFLICT", "只有已采纳的选题可以派稿。");
    const existing = pitch.assignment;
    const [reporters, [photographer], issue, section] = await Promise.all([
      findAccounts(tx, input.reporterIds),
      input.photographerId ? findAccounts(tx, [input.photographerId]) : [undefined],
      input.issueNumber === null
        ? null
        : tx.issue.findUnique({
            where: { number: input.issueNumber },
            select: { id: true, number: true, date: true, status: true },
          }),
      input.sectionId ? tx.section.findUnique({ where: { id: input.sectionId } }) : null,
    ]);
    if (input.issueNumber !== null && !issue)
      throw new AppError("BAD_INPUT", `第${input.issueNumber}期不存在。`);
    if (input.sectionId && !section) throw new AppError("BAD_INPUT", "所选栏目不存在，请重新选择。");
    const now = clock();
    checkAssignment({
      reporters,
      photographer,
      deadline: input.deadline,
      previousDeadline: existing?.deadline ?? null,
      issue,
      previousIssueNumber: existing ? (existing.issue?.number ?? null) : undefined,
      articleAuthorId: existing?.article?.authorId ?? null,
      now,
    });

    const people = [
      ...input.reporterIds.map((userId) => ({ userId, role: "REPORTER" })),
      ...(input.photographerId ? [{ userId: input.photographerId, role: "PHOTOGRAPHER" }] : []),
    ].map((person, position) => ({ ...person, position }));
    const fields = {
      deadline: input.deadline,
      targetChars: input.targetChars,
      issueId: issue?.id ?? null,
      sectionId: section?.id ?? null,
    };
    const after: AssignmentSummary = {
      reporters: reporters.map((r) => r!.displayName),
      photographer: photographer?.displayName ?? null,
      deadline: input.deadline,
      targetChars: input.targetChars,
      issueNumber: issue?.number ?? null,
      section: section?.name ?? null,
    };

    if (!existing) {
      const created = await tx.assignment.create({
        data: {
          ...fields,
          pitchId: pitch.id,
          assignedById: user.id,
          createdAt: now,
          people: { create: people },
        },
        select: { id: true },
      });
      const note = describeAssignment(after);
      await recordPitchEvent(tx, { pitchId: pitch.id, actorId: user.id, action: "ASSIGN", note, at: now });
      return { assignmentId: created.id };
    }

    const before: AssignmentSummary = {
      reporters: existing.people.filter((p) => p.role === "REPORTER").map((p) => p.user.displayName),
      photographer: existing.people.find((p) => p.role === "PHOTOGRAPHER")?.user.displayName ?? null,
      deadline: existing.deadline,
      targetChars: existing.targetChars,
      issueNumber: existing.issue?.number ?? null,
      section: existing.section?.name ?? null,
    };
    const note = describeAssignmentChanges(before, after);
    if (!note) return { assignmentId: existing.id };
    await tx.assignmentPerson.deleteMany({ where: { assignmentId: existing.id } });
    await tx.assignment.update({
      where: { id: existing.id },
      data: { ...fields, people: { create: people } },
    });
    await recordPitchEvent(tx, {
      pitchId: pitch.id,
      actorId: user.id,
      action: "UPDATE_ASSIGNMENT",
      note,
      at: now,
    });
    return { assignmentId: existing.id };
  });
}
