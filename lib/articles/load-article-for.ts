import type { SessionUser } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertCanOnArticle } from "@/lib/permissions/assert";
import type { ArticleAction } from "@/lib/permissions/policy";

/**
 * Loads an article for an action, inside the caller's transaction, and refuses the action
 * if the user may not take it in the article's current state. Not visible means not found.
 */
export async function loadArticleFor(
  tx: Tx | Database,
  user: SessionUser,
  id: string,
  action: ArticleAction,
  refusal?: string,
) {
  const article = await tx.article.findUnique({ where: { id } });
  if (!article) throw new AppError("NOT_FOUND", "稿件不存在。");
  assertCanOnArticle(user, action, article, refusal);
  return article;
}
