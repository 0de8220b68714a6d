import { endsSentence } from "@/lib/import/join-cut-paragraphs";
import type { BlockCheck } from "./proof-issue";

/** A paragraph whose last sentence has no final punctuation. */
export const checkFinalPunctuation: BlockCheck = (text, block) => {
  const trimmed = text.trimEnd();
  if (!/\p{Script=Han}/u.test(trimmed) || endsSentence(trimmed)) return [];
  return [
    {
      check: "no-final-punctuation",
      block,
      from: trimmed.length - 1,
      to: trimmed.length,
      message: "段落末尾缺少句末标点（。！？）。",
    },
  ];
};
