const LATIN_OR_DIGIT = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const TOKEN = new RegExp(
  String.raw`\p{Script=Han}|[\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]|${LATIN_OR_DIGIT}+(?:[.'’-]${LATIN_OR_DIGIT}+)*`,
  "gu",
);

/**
 * 字数 as Chinese newsrooms count it (the way WPS and Word report 字数): every Chinese
 * character and every full-width punctuation mark is one, a run of Latin letters or digits
 * (a word, a number such as 2023) is one. Spaces and ASCII punctuation are not counted.
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(TOKEN)) count += 1;
  return count;
}
