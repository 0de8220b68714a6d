import { toFullWidthPunctuation } from "@/lib/text/full-width-punctuation";
import type { BlockCheck } from "./proof-issue";

/** ASCII `,` `:` `;` `?` `!` `( )` in Chinese text, with their full-width forms (GB/T 15834). */
export const checkAsciiPunctuation: BlockCheck = (text, block) => {
  const fixed = toFullWidthPunctuation(text);
  const issues = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== fixed[i]) {
      issues.push({
        check: "ascii-punctuation" as const,
        block,
        from: i,
        to: i + 1,
        message: `中文中应使用全角标点“${fixed[i]}”，而不是半角“${text[i]}”。`,
        fix: fixed[i],
      });
    }
  }
  return issues;
};
