import { toFullWidthPunctuation } from "@/lib/text/full-width-punctuation";
import type { BlockCheck, ProofIssue } from "./proof-issue";

/** ASCII `,` `:` `;` `?` `!` `( )` in Chinese text, with their full-width forms (GB/T 15834). */
export const checkAsciiPunctuation: BlockCheck = ({ text, index }) => {
  // Every mark it changes is one UTF-16 unit before and after, so offsets stay aligned.
  const fixed = toFullWidthPunctuation(text);
  const issues: ProofIssue[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== fixed[i]) {
      issues.push({
        check: "ascii-punctuation",
        block: index,
        from: i,
        to: i + 1,
        message: `中文中应使用全角标点“${fixed[i]}”，而不是半角“${text[i]}”。`,
        fix: fixed[i],
        certain: true,
      });
    }
  }
  return issues;
};
