/** A decision the article's author has to act on, as the notice at the top of the editor. */
export interface DecisionNotice {
  kind: "returned" | "rejected";
  who: string;
  at: Date;
  reason: string;
}

interface EventRow {
  toStatus: string;
  note: string;
  createdAt: Date;
  actor: { displayName: string } | null;
}

const KINDS: Record<string, DecisionNotice["kind"]> = { CHANGES_REQUESTED: "returned", REJECTED: "rejected" };

/**
 * Why the article is back with its author: the event that put it into its current state, while
 * it is 退回修改 or 退稿. The reason is in the timeline too, but a reporter opening the article
 * to revise it must not have to look for it there.
 */
export function findDecisionNotice(status: string, events: readonly EventRow[]): DecisionNotice | null {
  const kind = KINDS[status];
  if (!kind) return null;
  const decision = events.findLast((event) => event.toStatus === status);
  if (!decision) return null;
  return {
    kind,
    who: decision.actor?.displayName ?? "系统",
    at: decision.createdAt,
    reason: decision.note,
  };
}
