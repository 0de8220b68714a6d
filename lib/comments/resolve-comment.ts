import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { loadArticleFor } from "@/lib/articles/load-article-for";
import { AppError } from "@/lib/errors/app-error";
import type { Clock } from "@/lib/time/clock";

/** Marks a comment thread resolved (or open again); anyone who may comment on the article may. */
export async function resolveComment(
  db: Database,
  user: SessionUser,
  input: { commentId: string; resolved: boolean },
  clock: Clock,
) {
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: input.commentId } });
    if (!comment) throw new AppError("NOT_FOUND", "批注不存在。");
    await loadArticleFor(tx, user, comment.articleId, "article:comment");
    await tx.comment.update({
      where: { id: comment.id },
      data: input.resolved
        ? { resolvedAt: clock(), resolvedById: user.id }
        : { resolvedAt: null, resolvedById: null },
    });
  });
}
