import { statusLabel } from "@/lib/articles/article-status";

const TONES: Record<string, string> = {
  DRAFT: "bg-gray-100 text-gray-800",
  SUBMITTED: "bg-blue-100 text-blue-900",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-900",
  APPROVED: "bg-green-100 text-green-900",
  PUBLISHED: "bg-green-700 text-white",
  REJECTED: "bg-red-100 text-red-900",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONES[status] ?? "bg-gray-100 text-gray-800"}`}
    >
      {statusLabel(status)}
    </span>
  );
}
