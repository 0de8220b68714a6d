/** Where a pitch (选题) stands; stored as a string (schema comment on Pitch.status). */
export const PITCH_STATUSES = ["PROPOSED", "ACCEPTED", "PARKED", "DECLINED"] as const;
export type PitchStatus = (typeof PITCH_STATUSES)[number];

export const PITCH_STATUS_LABELS: Record<PitchStatus, string> = {
  PROPOSED: "待定",
  ACCEPTED: "已采纳",
  PARKED: "暂缓",
  DECLINED: "不采纳",
};

export function pitchStatusLabel(status: string): string {
  return PITCH_STATUS_LABELS[status as PitchStatus] ?? status;
}

/** What each PitchEvent.action is called in the pitch's timeline. */
export const PITCH_EVENT_LABELS: Record<string, string> = {
  PROPOSE: "提出选题",
  ACCEPT: "采纳",
  DECLINE: "不采纳",
  PARK: "暂缓",
  ASSIGN: "派稿",
  UPDATE_ASSIGNMENT: "修改派稿",
  START_ARTICLE: "开始写作",
};

/** AssignmentPerson.role, as credited. */
export const ASSIGNMENT_ROLE_LABELS: Record<string, string> = { REPORTER: "记者", PHOTOGRAPHER: "摄影" };
