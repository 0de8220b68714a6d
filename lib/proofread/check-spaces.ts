import { isBylineText } from "./classify-block";
import type { BlockCheck, ProofIssue } from "./proof-issue";

const SPACE = "[ \\u3000\\u00a0]";

const SPACE_BETWEEN_HAN = new RegExp(
  `(?<=\\p{Script=Han}|[，。、；：？！”’）》])${SPACE}+(?=\\p{Script=Han}|[“‘（《])`,
  "gu",
);

/** Spaces a block starts with, or a line after a hard break: WPS's "　　" first-line indent. */
const LEADING_SPACE = new RegExp(`(?<=^|\\n)${SPACE}+(?=\\S)`, "gu");

/** The dateline a paragraph may open with, and the space after it: 本报讯 近日… */
const DATELINE =
  /^[ \u3000\u00a0]*(?:本报讯|本报\p{Script=Han}{0,8}?电|新华社\p{Script=Han}{0,12}?电)(?:（[^）]*）)?/u;

/** Short quoted names, titles and slogans (“严守纪律规矩 加强作风建设”) space their phrases. */
const SHORT_TITLE = /[“《‘「]([^“”《》‘’「」，。；！？]{1,24})[”》’」]/gu;
const BRACKETED = /[（(]([^（）()]*)[）)]/gu;

/** Spans where a space between characters is the writer's choice, not a typo. */
function separatorSpans(text: string): [number, number][] {
  const spans: [number, number][] = [...text.matchAll(SHORT_TITLE)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  for (const m of text.matchAll(BRACKETED))
    if (isBylineText(m[1])) spans.push([m.index, m.index + m[0].length]);
  const dateline = DATELINE.exec(text);
  if (dateline) spans.push([0, dateline[0].length + 1]);
  return spans;
}

/** WPS paragraph indents, in every block: the site indents paragraphs itself. */
export const checkLeadingSpace: BlockCheck = ({ text, index }) =>
  [...text.matchAll(LEADING_SPACE)].map((match) => ({
    check: "leading-space" as const,
    block: index,
    from: match.index,
    to: match.index + match[0].length,
    message: "段首有空格（WPS 缩进），网站会自动缩进段首，应删去。",
    fix: "",
    certain: true,
  }));

/**
 * Stray spaces inside Chinese prose (between characters or around Chinese punctuation).
 * Headings, bylines, list items and table cells space their parts on purpose (主题 副题,
 * 记者 张明, 7月14日 召开动员会, names padded to line up), and so do datelines, bracketed
 * bylines and short quoted titles.
 */
export const checkSpaces: BlockCheck = ({ text, index, role }) => {
  if (role !== "prose") return [];
  const spans = separatorSpans(text);
  const issues: ProofIssue[] = [];
  for (const match of text.matchAll(SPACE_BETWEEN_HAN)) {
    if (spans.some(([from, to]) => match.index >= from && match.index < to)) continue;
    issues.push({
      check: "space-in-chinese",
      block: index,
      from: match.index,
      to: match.index + match[0].length,
      message: "中文之间不应有空格。",
      fix: "",
      certain: true,
    });
  }
  return issues;
};
