import { checkAsciiPunctuation } from "./check-ascii-punctuation";
import { checkDigitWidth } from "./check-digit-width";
import { checkDoubled } from "./check-doubled";
import { checkFinalPunctuation } from "./check-final-punctuation";
import { checkLeadingSpace, checkSpaces } from "./check-spaces";
import { checkUnbalanced } from "./check-unbalanced";
import { classifyBlock } from "./classify-block";
import { type FlaggedTerm, checkFlaggedTerms } from "./flagged-terms";
import type { ProofBlock, ProofIssue } from "./proof-issue";

/** Every check over every text block, in reading order. Pure: it only reads text. */
export function proofreadBlocks(blocks: readonly ProofBlock[], terms: FlaggedTerm[] = []): ProofIssue[] {
  const checks = [
    checkAsciiPunctuation,
    checkDoubled,
    checkUnbalanced,
    checkFinalPunctuation,
    checkDigitWidth,
    checkLeadingSpace,
    checkSpaces,
    checkFlaggedTerms(terms),
  ];
  return blocks.flatMap((block, index) => {
    const checked = { ...block, index, role: classifyBlock(block), next: blocks[index + 1] };
    return checks.flatMap((check) => check(checked)).sort((a, b) => a.from - b.from);
  });
}
