import type { Tx } from "@/lib/db";

/** One entry in a pitch's timeline (PitchEvent.action names what happened). */
export async function recordPitchEvent(
  tx: Tx,
  event: { pitchId: string; actorId: string; action: string; note?: string; at: Date },
): Promise<void> {
  await tx.pitchEvent.create({
    data: {
      pitchId: event.pitchId,
      actorId: event.actorId,
      action: event.action,
      note: event.note ?? "",
      createdAt: event.at,
    },
  });
}
