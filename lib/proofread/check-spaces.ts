import type { BlockCheck } from "./proof-issue";

// The space after a dateline (本报讯 近日…) is the newspaper's convention, not a typo.
const SPACE_BETWEEN_HAN =
  /(?<=\p{Script=Han}|[，。、；：？！”’）》])(?<!讯)[ \u3000]+(?=\p{Script=Han}|[“‘（《])/gu;

/** Spaces inside Chinese text (between characters or around Chinese punctuation), datelines aside. */
export const checkSpaces: BlockCheck = (text, block) =>
  [...text.matchAll(SPACE_BETWEEN_HAN)].map((match) => ({
    check: "space-in-chinese" as const,
    block,
    from: match.index,
    to: match.index + match[0].length,
    message: "中文之间不应有空格。",
    fix: "",
  }));
