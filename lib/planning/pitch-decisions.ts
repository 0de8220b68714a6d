import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { roleCan } from "@/lib/permissions/policy";
import type { PitchStatus } from "./pitch-status";

export const PITCH_DECISIONS = ["accept", "decline", "park"] as const;
export type PitchDecision = (typeof PITCH_DECISIONS)[number];

interface Decision {
  from: readonly PitchStatus[];
  to: PitchStatus;
  noteRequired: boolean;
  label: string;
  /** PitchEvent.action recorded for it. */
  event: string;
}

/**
 * The pitch decisions as a table. A parked pitch can still be taken up or turned down; an
 * accepted one can be dropped (declined) only while nobody has started writing it, after which
 * the article's own workflow (withdraw, 退稿) decides its fate.
 */
export const DECISIONS: Record<PitchDecision, Decision> = {
  accept: {
    from: ["PROPOSED", "PARKED"],
    to: "ACCEPTED",
    noteRequired: false,
    label: "采纳",
    event: "ACCEPT",
  },
  decline: {
    from: ["PROPOSED", "PARKED", "ACCEPTED"],
    to: "DECLINED",
    noteRequired: true,
    label: "不采纳",
    event: "DECLINE",
  },
  park: { from: ["PROPOSED"], to: "PARKED", noteRequired: false, label: "暂缓", event: "PARK" },
};

export interface DecisionContext {
  status: string;
  /** Whether an article was already started from the pitch's assignment. */
  hasArticle: boolean;
  actor: SessionUser;
  note: string;
}

/**
 * Whether an editor may take this decision on a pitch now: returns the new status or throws
 * an AppError saying why not. Pure: no database, no clock. Editors may decide pitches they
 * proposed themselves: planning the paper is their job, unlike reviewing their own copy.
 */
export function checkPitchDecision(decision: PitchDecision, ctx: DecisionContext): PitchStatus {
  const rule = DECISIONS[decision];
  if (!roleCan(ctx.actor, "pitch:decide")) throw new AppError("FORBIDDEN", "只有编辑或主编可以决定选题。");
  if (!(rule.from as readonly string[]).includes(ctx.status))
    throw new AppError("CONFLICT", `选题当前状态不能“${rule.label}”，请刷新页面后再试。`);
  if (decision === "decline" && ctx.hasArticle)
    throw new AppError("CONFLICT", "稿件已经开始写作，不能再撤销选题；请在稿件的审稿流程中处理。");
  if (rule.noteRequired && !ctx.note.trim()) throw new AppError("BAD_INPUT", "请填写不采纳的理由。");
  return rule.to;
}

/** The decisions open to the actor on a pitch in this state, for offering buttons. */
export function availableDecisions(ctx: Omit<DecisionContext, "note">): PitchDecision[] {
  return PITCH_DECISIONS.filter((decision) => {
    try {
      checkPitchDecision(decision, { ...ctx, note: "-" });
      return true;
    } catch {
      return false;
    }
  });
}
