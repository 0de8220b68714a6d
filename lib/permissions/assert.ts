import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { type Action, type ArticleAction, type ArticleFacts, can, roleCan } from "./policy";

const REFUSED = "您没有执行此操作的权限。";

/** Refuses someone whose role may not take the action at all. */
export function assertRoleCan(user: SessionUser | null, action: Action): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "请先登录。");
  if (!roleCan(user, action)) throw new AppError("FORBIDDEN", REFUSED);
}

/**
 * Refuses an article action. Someone who may not even see the article gets NOT_FOUND, so
 * a refusal never confirms that an unpublished article exists; someone who sees it is told
 * why not (`refusal`, when the rule is about the article's state).
 */
export function assertCanOnArticle(
  user: SessionUser | null,
  action: ArticleAction,
  article: ArticleFacts,
  refusal = REFUSED,
): asserts user is SessionUser {
  if (!user || !can(user, "article:view", article)) throw new AppError("NOT_FOUND", "稿件不存在。");
  if (!can(user, action, article)) throw new AppError("FORBIDDEN", refusal);
}
