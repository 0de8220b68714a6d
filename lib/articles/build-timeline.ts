import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { stageName } from "@/lib/workflow/states";
import { statusLabel } from "./article-status";

export interface TimelineEntry {
  id: string;
  at: Date;
  who: string;
  what: string;
  note: string;
  kind: "transition" | "opinion" | "comment";
}

interface EventRow {
  id: string;
  /** Null for the event that created the article. */
  fromStatus: ArticleStatus | null;
  toStatus: ArticleStatus;
  stage: number | null;
  note: string;
  createdAt: Date;
  actor: { displayName: string } | null;
}

interface CommentRow {
  id: string;
  body: string;
  parentId: string | null;
  createdAt: Date;
  author: { displayName: string };
}

function describe(event: EventRow, stages: number): Pick<TimelineEntry, "what" | "kind"> {
  if (event.stage !== null) return { what: `${stageName(event.stage, stages)}通过`, kind: "opinion" };
  if (!event.fromStatus) return { what: statusLabel(event.toStatus), kind: "transition" };
  if (event.fromStatus === event.toStatus) return { what: "审级变动", kind: "transition" };
  return { what: `${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}`, kind: "transition" };
}

/** An article's story in order: every transition, every stage opinion, every comment. */
export function buildTimeline(events: EventRow[], comments: CommentRow[], stages: number): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...events.map((event) => ({
      id: event.id,
      at: event.createdAt,
      who: event.actor?.displayName ?? "系统",
      note: event.note,
      ...describe(event, stages),
    })),
    ...comments.map((comment) => ({
      id: comment.id,
      at: comment.createdAt,
      who: comment.author.displayName,
      what: comment.parentId ? "回复批注" : "批注",
      note: comment.body,
      kind: "comment" as const,
    })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}
