import { isChineseContext } from "./han";

const FULL_WIDTH: Record<string, string> = {
  ",": "，",
  ":": "：",
  ";": "；",
  "?": "？",
  "!": "！",
};

/**
 * Shows ASCII punctuation inside Chinese text in its full-width form (GB/T 15834):
 * `,` `:` `;` `?` `!` next to Chinese text, and `( )` around or beside it.
 * Marks between Latin letters or digits (`10:30`, `1,000`, `Node.js (v20)`) stay as they are.
 */
export function toFullWidthPunctuation(text: string): string {
  const chars = Array.from(text);
  const out = chars.slice();
  const openParens: number[] = [];

  chars.forEach((char, i) => {
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (char in FULL_WIDTH) {
      if (isChineseContext(before) || isChineseContext(after)) out[i] = FULL_WIDTH[char];
    } else if (char === "(") {
      openParens.push(i);
    } else if (char === ")" && openParens.length > 0) {
      const open = openParens.pop()!;
      const inner = chars.slice(open + 1, i);
      const touchesChinese =
        isChineseContext(chars[open - 1]) || isChineseContext(after) || inner.some(isChineseContext);
      if (touchesChinese) {
        out[open] = "（";
        out[i] = "）";
      }
    }
  });
  return out.join("");
}
