import type { Tx } from "@/lib/db";

/** One line in the account audit trail: who did what to whom, and when (now). */
export function recordAudit(
  tx: Tx,
  entry: { actorId: string | null; action: string; targetId: string; detail: string },
) {
  return tx.auditEntry.create({ data: entry });
}
