import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { canTakeAssignment } from "./check-assignment";
import type { ProposePitchInput } from "./planning-input";
import { recordPitchEvent } from "./record-pitch-event";

/** 提出选题: anyone who writes may propose a story; it waits for an editor's decision. */
export async function proposePitch(
  db: Database,
  user: SessionUser,
  input: ProposePitchInput,
  clock: Clock,
): Promise<{ id: string }> {
  assertRoleCan(user, "pitch:propose");
  return db.$transaction(async (tx) => {
    if (input.sectionId && !(await tx.section.findUnique({ where: { id: input.sectionId } })))
      throw new AppError("BAD_INPUT", "所选栏目不存在，请重新选择。");
    if (input.suggestedReporterId) {
      const suggested = await tx.user.findUnique({ where: { id: input.suggestedReporterId } });
      if (!canTakeAssignment(suggested))
        throw new AppError("BAD_INPUT", "建议的记者不存在、已停用或不能写稿。");
    }
    const now = clock();
    const pitch = await tx.pitch.create({
      data: { ...input, proposerId: user.id, createdAt: now },
      select: { id: true },
    });
    await recordPitchEvent(tx, { pitchId: pitch.id, actorId: user.id, action: "PROPOSE", at: now });
    return pitch;
  });
}
