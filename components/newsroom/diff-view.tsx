import type { DiffPart } from "@/lib/articles/diff-text";

/** Shortens long unchanged stretches so the changes stand out. */
function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > 80 ? `${chars.slice(0, 30).join("")} …… ${chars.slice(-30).join("")}` : text;
}

/** A character diff: insertions underlined in green, deletions struck through in red. */
export function DiffView({ parts, label }: { parts: DiffPart[]; label: string }) {
  const changed = parts.some((part) => part.kind !== "same");
  return (
    <div>
      <h4 className="mb-1 text-sm font-bold text-gray-700">{label}</h4>
      {changed ? (
        <p className="rounded border border-gray-200 bg-white p-3 font-serif leading-loose whitespace-pre-wrap">
          {parts.map((part, index) =>
            part.kind === "added" ? (
              <ins key={index} className="bg-green-100 text-green-900 underline decoration-green-700">
                {part.text}
              </ins>
            ) : part.kind === "removed" ? (
              <del key={index} className="bg-red-100 text-red-900">
                {part.text}
              </del>
            ) : (
              <span key={index}>{shorten(part.text)}</span>
            ),
          )}
        </p>
      ) : (
        <p className="text-sm text-muted">无变化</p>
      )}
    </div>
  );
}
