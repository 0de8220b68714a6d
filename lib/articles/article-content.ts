import { docToPlainText } from "@/lib/editor/article-doc";
import { normalizeArticleDoc } from "@/lib/editor/normalize-doc";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countArticleCharacters } from "@/lib/text/count-characters";

/** An article's text as stored: the columns every write of Article (and Revision) sets together. */
export interface ArticleContent {
  /** The Tiptap document (Article.body, Revision.body). */
  body: Prisma.InputJsonObject;
  /** Article.plainText: searched by the newsroom, shown as excerpts, counted. */
  plainText: string;
  /** 字数 (Article.charCount, Revision.charCount). */
  charCount: number;
}

/**
 * The storage boundary of an article's text, whoever writes it (a save, a restore, a 更正, a
 * Word or archive import, the start's repair pass): the document through the editor's gate
 * (normalizeArticleDoc: cleaned, schema-checked, refused when unsafe), its plain text, and its
 * 字数 by the one rule. Computed together here and stored together, so they never disagree.
 */
export function articleContent(text: { headline: string; subtitle: string; body: unknown }): ArticleContent {
  const doc = normalizeArticleDoc(text.body);
  const plainText = docToPlainText(doc);
  return {
    body: doc,
    plainText,
    charCount: countArticleCharacters({ headline: text.headline, subtitle: text.subtitle, plainText }),
  };
}

/**
 * Whether two stored documents are the same, by value: PostgreSQL's jsonb gives an object's keys
 * back in its own order (shortest first), not the order they were written in.
 */
export function sameDoc(a: Prisma.JsonValue | Prisma.InputJsonValue, b: Prisma.InputJsonValue): boolean {
  return sortedJson(a) === sortedJson(b);
}

/** JSON text with every object's keys in one order (and, as stored, without undefined values). */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
