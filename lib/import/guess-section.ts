import type { DefaultSectionName } from "@/lib/sections/default-sections";

/** Keyword rules, first match wins: the more specific beats (社区, 治理) come before 党建. */
const RULES: { pattern: RegExp; section: DefaultSectionName }[] = [
  { pattern: /社区/, section: "社区" },
  { pattern: /网格|基层治理/, section: "基层治理" },
  { pattern: /党建|党支部|党员|纪律|廉/, section: "党建" },
];

/**
 * A first guess at an imported article's section, from its headline; the export does not
 * record sections. The first article is its lead story and goes to 要闻.
 * Editors correct the guess in the issue planner.
 */
export function guessSection(headline: string, position: number): DefaultSectionName {
  if (position === 0) return "要闻";
  return RULES.find((rule) => rule.pattern.test(headline))?.section ?? "要闻";
}
