import type { SessionUser } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import { loadArticleFor } from "@/lib/articles/load-article-for";
import type { ArticleAction } from "@/lib/permissions/policy";

/**
 * An article the user may take `permission` on, with its issue's publishing moment: what
 * planning a change needs to know the article's status as of now (visibility.ts).
 */
export async function loadArticleForChange(
  db: Database | Tx,
  user: SessionUser,
  id: string,
  permission: ArticleAction,
) {
  const article = await loadArticleFor(db, user, id, permission);
  const issue = article.issueId
    ? await db.issue.findUnique({
        where: { id: article.issueId },
        select: { number: true, status: true, publishAt: true },
      })
    : null;
  return { ...article, issue };
}
