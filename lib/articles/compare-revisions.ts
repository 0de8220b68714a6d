import type { JSONContent } from "@tiptap/core";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { docToPlainText } from "@/lib/editor/article-doc";
import { AppError } from "@/lib/errors/app-error";
import { loadArticleFor } from "./load-article-for";
import { type DiffPart, diffText } from "./diff-text";

export interface RevisionComparison {
  from: number;
  to: number;
  headline: DiffPart[];
  subtitle: DiffPart[];
  body: DiffPart[];
}

/** The text as Article.plainText holds it: the diff shows changes to what is read and counted. */
function revisionText(revision: { body: Prisma.JsonValue }): string {
  return docToPlainText(revision.body as JSONContent);
}

/** A readable diff between two revisions of an article (headline, deck, text). */
export async function compareRevisions(
  db: Database,
  user: SessionUser,
  articleId: string,
  from: number,
  to: number,
): Promise<RevisionComparison> {
  await loadArticleFor(db, user, articleId, "article:history");
  return compareRevisionsUnchecked(db, articleId, from, to);
}

/** The same diff for callers that have already checked access to the article. */
export async function compareRevisionsUnchecked(
  db: Database,
  articleId: string,
  from: number,
  to: number,
): Promise<RevisionComparison> {
  const revisions = await db.revision.findMany({ where: { articleId, number: { in: [from, to] } } });
  const before = revisions.find((r) => r.number === from);
  const after = revisions.find((r) => r.number === to);
  if (!before || !after) throw new AppError("NOT_FOUND", "所选版本不存在。");
  return {
    from,
    to,
    headline: diffText(before.headline, after.headline),
    subtitle: diffText(before.subtitle, after.subtitle),
    body: diffText(revisionText(before), revisionText(after)),
  };
}
