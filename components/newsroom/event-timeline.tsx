import { statusLabel } from "@/lib/articles/article-status";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export interface TimelineEvent {
  id: string;
  fromStatus: string;
  toStatus: string;
  note: string;
  createdAt: Date;
  actor: { displayName: string } | null;
}

/** 流程记录: who moved the article from which state to which, when, and why. */
export function EventTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="space-y-3 border-l-2 border-gray-200 pl-4 text-sm">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.createdAt.toISOString()} className="block text-xs text-muted">
            {formatNewsroomTime(event.createdAt)}
          </time>
          <span className="font-medium">{event.actor?.displayName ?? "系统"}</span>{" "}
          {event.fromStatus ? `${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}` : statusLabel(event.toStatus)}
          {event.note && <span className="text-muted">：{event.note}</span>}
        </li>
      ))}
    </ol>
  );
}
