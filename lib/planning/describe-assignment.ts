import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

/** An assignment as the pitch timeline names it: people by name, times in Beijing time. */
export interface AssignmentSummary {
  reporters: string[];
  photographer: string | null;
  deadline: Date;
  targetChars: number;
  issueNumber: number | null;
  section: string | null;
}

const FIELDS: { label: string; show: (a: AssignmentSummary) => string }[] = [
  { label: "记者", show: (a) => a.reporters.join("、") },
  { label: "摄影", show: (a) => a.photographer ?? "无" },
  { label: "截稿", show: (a) => formatNewsroomTime(a.deadline) },
  { label: "目标字数", show: (a) => a.targetChars.toLocaleString("zh-CN") },
  { label: "刊期", show: (a) => (a.issueNumber ? `第${a.issueNumber}期` : "待定") },
  { label: "栏目", show: (a) => a.section ?? "未定" },
];

/** The note of a new assignment: every field, so the timeline says what was agreed. */
export function describeAssignment(a: AssignmentSummary): string {
  return FIELDS.map((field) => `${field.label} ${field.show(a)}`).join("；");
}

/** The note of a changed assignment: only what changed, old → new; empty when nothing did. */
export function describeAssignmentChanges(before: AssignmentSummary, after: AssignmentSummary): string {
  return FIELDS.flatMap((field) => {
    const [was, is] = [field.show(before), field.show(after)];
    return was === is ? [] : [`${field.label} ${was} → ${is}`];
  }).join("；");
}
