import type { JSONContent } from "@tiptap/core";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { docToPlainText } from "@/lib/editor/article-doc";
import { normalizeArticleDoc } from "@/lib/editor/normalize-doc";
import { type DiffPart, diffText } from "./diff-text";
import { loadArticleFor } from "./load-article-for";

export interface LatestComparison {
  /** The stored version, for the next save's check. */
  version: number;
  /** The number of the revision holding that text, as the history panel lists it (none for an
   * imported article never edited since). */
  revision: number | null;
  headline: string;
  subtitle: string;
  sectionId: string | null;
  body: JSONContent;
  /** From the stored version (removed) to the editor's text (added). */
  diff: { headline: DiffPart[]; subtitle: DiffPart[]; body: DiffPart[] };
}

/**
 * For merging by hand after a refused save: the stored version, and what the person's own
 * unsaved text changes relative to it.
 */
export async function compareWithLatest(
  db: Database,
  user: SessionUser,
  mine: { articleId: string; headline: string; subtitle: string; body: unknown },
): Promise<LatestComparison> {
  const article = await loadArticleFor(db, user, mine.articleId, "article:view");
  const latest = article.body as JSONContent;
  // Every write of the text records or folds into the newest revision, so it holds this text.
  const revision = await db.revision.findFirst({
    where: { articleId: article.id },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const myBody = normalizeArticleDoc(mine.body);
  return {
    version: article.version,
    revision: revision?.number ?? null,
    headline: article.headline,
    subtitle: article.subtitle,
    sectionId: article.sectionId,
    body: latest,
    diff: {
      headline: diffText(article.headline, mine.headline),
      subtitle: diffText(article.subtitle, mine.subtitle),
      body: diffText(docToPlainText(latest), docToPlainText(myBody)),
    },
  };
}
