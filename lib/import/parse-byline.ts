import type { BylineCredit, CreditRole } from "./archive-types";

const ROLE_WORDS: Record<string, CreditRole> = {
  记者: "REPORTER",
  实习记者: "REPORTER",
  见习记者: "REPORTER",
  通讯员: "CORRESPONDENT",
  摄影: "PHOTOGRAPHER",
  摄影记者: "PHOTOGRAPHER",
};

/** A personal name in a byline: two to five Chinese characters, optionally with a middle dot. */
const NAME = /^\p{Script=Han}[\p{Script=Han}·]{1,4}$/u;

/**
 * Reads a byline line such as `记者 鲁燕 通讯员 王飞 李钰沛`.
 * Returns null when the line is not a byline (a role word must come first and every
 * other token must be a name), so ordinary sentences are never mistaken for one.
 */
export function parseBylineLine(line: string): BylineCredit[] | null {
  const tokens = line
    .trim()
    .split(/[\s\u3000]+/)
    .filter(Boolean);
  if (tokens.length < 2 || !(tokens[0] in ROLE_WORDS)) return null;

  const credits: BylineCredit[] = [];
  let role: CreditRole = ROLE_WORDS[tokens[0]];
  let namesForRole = 0;
  for (const token of tokens.slice(1)) {
    if (token in ROLE_WORDS) {
      if (namesForRole === 0) return null;
      role = ROLE_WORDS[token];
      namesForRole = 0;
    } else if (NAME.test(token)) {
      credits.push({ role, name: token });
      namesForRole += 1;
    } else {
      return null;
    }
  }
  return namesForRole > 0 ? credits : null;
}

/** Reads several byline lines as one byline; null if any line is not a byline. */
export function parseBylineLines(lines: string[]): BylineCredit[] | null {
  const credits: BylineCredit[] = [];
  for (const line of lines) {
    const parsed = parseBylineLine(line);
    if (!parsed) return null;
    credits.push(...parsed);
  }
  return credits.length > 0 ? credits : null;
}
