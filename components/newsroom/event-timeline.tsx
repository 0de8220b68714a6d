import type { TimelineEntry } from "@/lib/articles/build-timeline";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

const MARKERS: Record<TimelineEntry["kind"], string> = {
  transition: "bg-gray-400",
  opinion: "bg-green-600",
  comment: "bg-amber-500",
};

/** 流程记录: transitions, stage opinions and comments, in the order they happened. */
export function EventTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="space-y-3 border-l-2 border-gray-200 pl-4 text-sm">
      {entries.map((entry) => (
        <li key={entry.id} className="relative">
          <span
            aria-hidden="true"
            className={`absolute top-1.5 -left-[1.4rem] h-2.5 w-2.5 rounded-full ${MARKERS[entry.kind]}`}
          />
          <time dateTime={entry.at.toISOString()} className="block text-xs text-muted">
            {formatNewsroomTime(entry.at)}
          </time>
          <span className="font-medium">{entry.who}</span> {entry.what}
          {entry.note && <span className="block text-gray-700">{entry.note}</span>}
        </li>
      ))}
    </ol>
  );
}
