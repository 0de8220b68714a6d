import { statusLabel } from "@/lib/articles/article-status";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

/** A tone for every state: a Record over the enum, so a state without one does not compile. */
const TONES: Record<ArticleStatus, string> = {
  DRAFT: "bg-gray-100 text-gray-800",
  SUBMITTED: "bg-blue-100 text-blue-900",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-900",
  APPROVED: "bg-green-100 text-green-900",
  HELD: "bg-violet-100 text-violet-900",
  REJECTED: "bg-red-100 text-red-900",
  SCHEDULED: "bg-sky-100 text-sky-900",
  PUBLISHED: "bg-green-700 text-white",
  UNPUBLISHED: "bg-stone-200 text-stone-900",
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>
      {statusLabel(status)}
    </span>
  );
}
