import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { type ArticleAccessFacts, canOnArticle } from "./can-on-article";
import { type Action, roleCan } from "./permissions";

export function assertRoleCan(user: SessionUser | null, action: Action): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "请先登录。");
  if (!roleCan(user, action)) throw new AppError("FORBIDDEN", "您没有执行此操作的权限。");
}

/**
 * Refuses an article action. Someone who may not even see the article gets NOT_FOUND, so
 * a refusal never confirms that an unpublished article exists.
 */
export function assertCanOnArticle(
  user: SessionUser | null,
  action: Action,
  article: ArticleAccessFacts,
): asserts user is SessionUser {
  if (!user) throw new AppError("NOT_FOUND", "稿件不存在。");
  if (!canOnArticle(user, "article:view", article)) throw new AppError("NOT_FOUND", "稿件不存在。");
  if (!canOnArticle(user, action, article)) throw new AppError("FORBIDDEN", "您没有执行此操作的权限。");
}
