import type { BlockCheck, ProofIssue } from "./proof-issue";

const PAIRS: [string, string][] = [
  ["“", "”"],
  ["（", "）"],
  ["《", "》"],
  ["‘", "’"],
  ["【", "】"],
];

/** Quotes and brackets that open without closing, or close without opening. */
export const checkUnbalanced: BlockCheck = (text, block) => {
  const issues: ProofIssue[] = [];
  for (const [open, close] of PAIRS) {
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) stack.push(i);
      else if (text[i] === close) {
        if (stack.length > 0) stack.pop();
        else
          issues.push({
            check: "unbalanced",
            block,
            from: i,
            to: i + 1,
            message: `“${close}”前面缺少对应的“${open}”。`,
          });
      }
    }
    for (const i of stack)
      issues.push({
        check: "unbalanced",
        block,
        from: i,
        to: i + 1,
        message: `“${open}”没有对应的“${close}”。`,
      });
  }
  return issues.sort((a, b) => a.from - b.from);
};
