import type { Highlighted } from "@/lib/search/highlight";

/** Text with the searched words marked; rendered as React text, never as HTML. */
export function HighlightedText({ parts }: { parts: Highlighted[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.mark ? (
          <mark key={index} className="bg-amber-200 px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
