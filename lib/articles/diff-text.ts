import { diffChars } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/**
 * A character-level diff: Chinese has no spaces, so a word diff would mark whole sentences
 * as changed. Long unchanged stretches are kept whole; the view shortens them.
 */
export function diffText(before: string, after: string): DiffPart[] {
  return diffChars(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}
