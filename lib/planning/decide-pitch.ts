import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Clock } from "@/lib/time/clock";
import { checkPitchDecision, DECISIONS } from "./pitch-decisions";
import type { DecidePitchInput } from "./planning-input";
import { loadPitchFor } from "./load-pitch-for";
import { recordPitchEvent } from "./record-pitch-event";

/**
 * An editor accepts, declines (with a reason) or parks a pitch. The state is checked and
 * changed in one transaction, and the update applies only to the state that was checked: two
 * editors deciding at once get one decision and one clear refusal.
 */
export async function decidePitch(db: Database, user: SessionUser, input: DecidePitchInput, clock: Clock) {
  return db.$transaction(async (tx) => {
    const pitch = await loadPitchFor(tx, user, input.pitchId);
    const to = checkPitchDecision(input.decision, {
      status: pitch.status,
      hasArticle: Boolean(pitch.assignment?.article),
      actor: user,
      note: input.note,
    });
    const now = clock();
    const changed = await tx.pitch.updateMany({
      where: { id: pitch.id, status: pitch.status },
      data: { status: to, decisionNote: input.note, decidedById: user.id, decidedAt: now },
    });
    if (changed.count !== 1) throw new AppError("CONFLICT", "选题刚刚被他人处理过，请刷新页面后再试。");
    await recordPitchEvent(tx, {
      pitchId: pitch.id,
      actorId: user.id,
      action: DECISIONS[input.decision].event,
      note: input.note,
      at: now,
    });
    return { status: to };
  });
}
