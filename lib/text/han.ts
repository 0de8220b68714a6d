/** Characters of the Han script (CJK ideographs, including extensions). */
export const HAN = /\p{Script=Han}/u;

/** Full-width (CJK) punctuation, counted and treated as part of Chinese text. */
export const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/u;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

/** Whether a character belongs to running Chinese text (an ideograph or full-width punctuation). */
export function isChineseContext(char: string | undefined): boolean {
  return char !== undefined && (HAN.test(char) || CJK_PUNCTUATION.test(char));
}
