import { endsSentence } from "@/lib/import/join-cut-paragraphs";
import type { BlockCheck } from "./proof-issue";

/** A colon hands the sentence on to what follows (包括：, then a list): it ends the block properly. */
const INTRODUCES = /[：:][”’）)]*\s*$/u;

/**
 * A prose paragraph whose last sentence has no final punctuation. Headings, subheadings,
 * list items, table cells and bylines are not sentences and are never asked for one.
 */
export const checkFinalPunctuation: BlockCheck = ({ text, role, index }) => {
  const trimmed = text.trimEnd();
  if (role !== "prose" || !/\p{Script=Han}/u.test(trimmed)) return [];
  if (endsSentence(trimmed) || INTRODUCES.test(trimmed)) return [];
  return [
    {
      check: "no-final-punctuation",
      block: index,
      from: trimmed.length - 1,
      to: trimmed.length,
      message: "段落末尾缺少句末标点（。！？）。",
    },
  ];
};
