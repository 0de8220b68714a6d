import { checkAsciiPunctuation } from "./check-ascii-punctuation";
import { checkDigitWidth } from "./check-digit-width";
import { checkDoubled } from "./check-doubled";
import { checkFinalPunctuation } from "./check-final-punctuation";
import { checkSpaces } from "./check-spaces";
import { checkUnbalanced } from "./check-unbalanced";
import { type FlaggedTerm, checkFlaggedTerms } from "./flagged-terms";
import type { ProofIssue } from "./proof-issue";

/** Every check over every text block, in reading order. Pure: it only reads text. */
export function proofreadBlocks(blocks: string[], terms: FlaggedTerm[] = []): ProofIssue[] {
  const checks = [
    checkAsciiPunctuation,
    checkDoubled,
    checkUnbalanced,
    checkFinalPunctuation,
    checkDigitWidth,
    checkSpaces,
    checkFlaggedTerms(terms),
  ];
  return blocks.flatMap((text, block) =>
    checks.flatMap((check) => check(text, block)).sort((a, b) => a.from - b.from),
  );
}
