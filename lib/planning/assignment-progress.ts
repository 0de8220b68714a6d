/**
 * How far an assigned story has come, from its article's status (or the absence of one):
 * the four stages a desk asks about, plus copy that was turned down (退稿) or published and
 * taken back (撤下): neither fills its slot.
 */
export type Progress = "NOT_STARTED" | "WRITING" | "SUBMITTED" | "APPROVED" | "DROPPED" | "WITHDRAWN";

export const PROGRESS_LABELS: Record<Progress, string> = {
  NOT_STARTED: "未动笔",
  WRITING: "写作中",
  SUBMITTED: "已提交",
  APPROVED: "已通过",
  DROPPED: "已退稿",
  WITHDRAWN: "已撤下",
};

const BY_ARTICLE_STATUS: Record<string, Progress> = {
  DRAFT: "WRITING",
  CHANGES_REQUESTED: "WRITING",
  SUBMITTED: "SUBMITTED",
  APPROVED: "APPROVED",
  HELD: "APPROVED",
  SCHEDULED: "APPROVED",
  PUBLISHED: "APPROVED",
  REJECTED: "DROPPED",
  UNPUBLISHED: "WITHDRAWN",
};

export function progressOf(articleStatus: string | null | undefined): Progress {
  if (!articleStatus) return "NOT_STARTED";
  return BY_ARTICLE_STATUS[articleStatus] ?? "WRITING";
}

/**
 * Overdue: the deadline has passed and the copy is not in. Copy handed in on time and then
 * returned for changes counts again once it is back with the writer past the deadline.
 */
export function isOverdue(deadline: Date, progress: Progress, now: Date): boolean {
  return (progress === "NOT_STARTED" || progress === "WRITING") && deadline.getTime() < now.getTime();
}

/** A story counts as filled once its copy has passed review. */
export function isFilled(progress: Progress): boolean {
  return progress === "APPROVED";
}
