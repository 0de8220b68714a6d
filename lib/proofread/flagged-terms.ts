import type { BlockCheck, ProofIssue } from "./proof-issue";

// A type, not an interface: the list is stored as a setting (Json).
export type FlaggedTerm = {
  term: string;
  replacement: string;
  note: string;
};

/**
 * A check for the admin-managed list of terms to flag (outdated names, banned words). The
 * replacement is offered one hint at a time: whether it fits depends on the sentence.
 */
export function checkFlaggedTerms(terms: FlaggedTerm[]): BlockCheck {
  return ({ text, index }) => {
    const issues: ProofIssue[] = [];
    for (const { term, replacement, note } of terms) {
      if (!term) continue;
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
        issues.push({
          check: "term",
          block: index,
          from: at,
          to: at + term.length,
          message: `“${term}”${note ? `：${note}` : "需要核对。"}${replacement ? `建议改为“${replacement}”。` : ""}`,
          fix: replacement || undefined,
        });
      }
    }
    return issues;
  };
}
