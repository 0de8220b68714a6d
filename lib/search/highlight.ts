export interface Highlighted {
  text: string;
  mark: boolean;
}

const TERM = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The query's words as they would appear in the text (Chinese runs, Latin words, numbers). */
export function queryTerms(query: string): string[] {
  return [...new Set(query.match(TERM) ?? [])].sort((a, b) => b.length - a.length);
}

/** Splits text into marked and unmarked parts wherever a query term occurs. */
export function highlight(text: string, query: string): Highlighted[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [{ text, mark: false }];
  const pattern = new RegExp(`(${terms.map(escapeRegExp).join("|")})`, "giu");
  return text
    .split(pattern)
    .filter((part) => part !== "")
    .map((part) => ({ text: part, mark: terms.some((t) => t.toLowerCase() === part.toLowerCase()) }));
}

/**
 * A window of the text around the first match (about `width` characters), highlighted; the
 * text's opening when nothing matches literally (a headline-only match).
 */
export function snippet(text: string, query: string, width = 90): Highlighted[] {
  const chars = Array.from(text);
  const lower = text.toLowerCase();
  const positions = queryTerms(query)
    .map((term) => lower.indexOf(term.toLowerCase()))
    .filter((index) => index >= 0);
  const first = positions.length > 0 ? Array.from(text.slice(0, Math.min(...positions))).length : 0;
  const start = Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(chars.length, start + width);
  const window = `${start > 0 ? "…" : ""}${chars.slice(start, end).join("")}${end < chars.length ? "…" : ""}`;
  return highlight(window, query);
}
