import type { BlockCheck, ProofIssue } from "./proof-issue";

const PAIRS: [string, string][] = [
  ["“", "”"],
  ["（", "）"],
  ["《", "》"],
  ["‘", "’"],
  ["【", "】"],
];

/** Marks named in words: "““”没有对应的“””" would be unreadable. */
const NAMES: Record<string, string> = {
  "“": "前引号“",
  "”": "后引号”",
  "（": "前括号（",
  "）": "后括号）",
  "《": "前书名号《",
  "》": "后书名号》",
  "‘": "前单引号‘",
  "’": "后单引号’",
  "【": "前方括号【",
  "】": "后方括号】",
};

/**
 * Quotes and brackets that open without closing, or close without opening. A quotation that
 * runs over several paragraphs opens each of them with “ and closes only the last (GB/T
 * 15834), so an open quote is balanced when the next paragraph opens one again.
 */
export const checkUnbalanced: BlockCheck = ({ text, index, next }) => {
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
            block: index,
            from: i,
            to: i + 1,
            message: `${NAMES[close]}前面缺少对应的${NAMES[open]}。`,
          });
      }
    }
    const continues = open === "“" && next?.text.trimStart().startsWith("“");
    for (const i of continues ? stack.slice(0, -1) : stack)
      issues.push({
        check: "unbalanced",
        block: index,
        from: i,
        to: i + 1,
        message: `${NAMES[open]}没有对应的${NAMES[close]}。`,
      });
  }
  return issues.sort((a, b) => a.from - b.from);
};
