import type { BlockCheck } from "./proof-issue";

const FULL_WIDTH_DIGITS = /[０-９]+/g;

/** Full-width digits (０１２): numbers in Chinese text are written with half-width digits. */
export const checkDigitWidth: BlockCheck = ({ text, index }) =>
  [...text.matchAll(FULL_WIDTH_DIGITS)].map((match) => ({
    check: "full-width-digits" as const,
    block: index,
    from: match.index,
    to: match.index + match[0].length,
    message: "数字应使用半角形式。",
    fix: match[0].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)),
    certain: true,
  }));
