import { type Progress, PROGRESS_LABELS } from "@/lib/planning/assignment-progress";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

const TONES: Record<Progress, string> = {
  NOT_STARTED: "bg-gray-100 text-gray-800",
  WRITING: "bg-amber-100 text-amber-900",
  SUBMITTED: "bg-blue-100 text-blue-900",
  APPROVED: "bg-green-100 text-green-900",
  DROPPED: "bg-red-100 text-red-900",
  WITHDRAWN: "bg-red-100 text-red-900",
};

/** Where an assigned story stands: 未动笔 / 写作中 / 已提交 / 已通过 (or 已退稿). */
export function ProgressBadge({ progress }: { progress: Progress }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[progress]}`}
    >
      {PROGRESS_LABELS[progress]}
    </span>
  );
}

/** 已逾期, said in words as well as in colour. */
export function OverdueBadge() {
  return (
    <span className="inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-bold whitespace-nowrap text-white">
      已逾期
    </span>
  );
}

/** A deadline in Beijing time; past and without copy, it is shown as overdue. */
export function Deadline({ at, overdue }: { at: Date; overdue: boolean }) {
  return (
    <span className={`tabular-nums ${overdue ? "font-bold text-red-800" : ""}`}>
      <time dateTime={at.toISOString()}>{formatNewsroomTime(at)}</time>
      {overdue && (
        <>
          {" "}
          <OverdueBadge />
        </>
      )}
    </span>
  );
}
