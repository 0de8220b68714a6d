const LATIN_OR_DIGIT = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
/** Full-width punctuation and forms, from 、 (U+3001): the ideographic space U+3000 is a space. */
const FULL_WIDTH = String.raw`[\u3001-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]`;
const TOKEN = new RegExp(
  String.raw`\p{Script=Han}|${FULL_WIDTH}|${LATIN_OR_DIGIT}+(?:[.'’-]${LATIN_OR_DIGIT}+)*`,
  "gu",
);

/**
 * 字数 of a text, as Chinese newsrooms count it (the way WPS and Word report 字数): every
 * Chinese character and every full-width punctuation mark or form is one, a run of Latin
 * letters or digits (a word, a number such as 2023 or 3.5) is one. Spaces (the full-width one
 * too) and ASCII punctuation are not counted.
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(TOKEN)) count += 1;
  return count;
}

/**
 * The one 字数 of an article, wherever it is shown (the editor's counter, article lists,
 * revisions, the planner, 质量统计): its headline, its deck (副题) and its text as stored in
 * Article.plainText — the body's blocks and photo captions, not alt text or credits (see
 * docToPlainText in lib/editor/article-doc.ts). Stored in charCount by every write.
 */
export function countArticleCharacters(article: {
  headline: string;
  subtitle: string;
  plainText: string;
}): number {
  return (
    countCharacters(article.headline) + countCharacters(article.subtitle) + countCharacters(article.plainText)
  );
}
