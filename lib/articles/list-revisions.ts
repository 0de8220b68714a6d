import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { loadArticleFor } from "./load-article-for";

export interface RevisionRow {
  number: number;
  author: string;
  /** ISO time the revision was begun (later autosaves within the window fold into it). */
  at: string;
  note: string;
  charCount: number;
}

/** The revision history, newest first, for the history panel to follow saves without a page load. */
export async function listRevisions(
  db: Database,
  user: SessionUser,
  articleId: string,
): Promise<RevisionRow[]> {
  await loadArticleFor(db, user, articleId, "article:history");
  const revisions = await db.revision.findMany({
    where: { articleId },
    orderBy: { number: "desc" },
    select: {
      number: true,
      note: true,
      charCount: true,
      createdAt: true,
      author: { select: { displayName: true } },
    },
  });
  return revisions.map(toRevisionRow);
}

export function toRevisionRow(r: {
  number: number;
  note: string;
  charCount: number;
  createdAt: Date;
  author: { displayName: string } | null;
}): RevisionRow {
  return {
    number: r.number,
    author: r.author?.displayName ?? "存档导入",
    at: r.createdAt.toISOString(),
    note: r.note,
    charCount: r.charCount,
  };
}
