import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { loadArticleFor } from "@/lib/articles/load-article-for";
import { AppError } from "@/lib/errors/app-error";
import { notify } from "@/lib/notifications/notify";
import type { addCommentSchema } from "./comment-input";

/** An editorial comment (批注), or a reply in a thread; newsroom-only, never shown to readers. */
export async function addComment(db: Database, user: SessionUser, input: z.infer<typeof addCommentSchema>) {
  return db.$transaction(async (tx) => {
    const article = await loadArticleFor(tx, user, input.articleId, "article:comment");
    if (input.parentId && input.anchorId) throw new AppError("BAD_INPUT", "回复不能另选原文。");
    if (input.anchorId && !input.anchorText)
      throw new AppError("BAD_INPUT", "请先在正文中选择要批注的文字。");
    if (input.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: input.parentId } });
      if (!parent || parent.articleId !== article.id || parent.parentId)
        throw new AppError("BAD_INPUT", "要回复的批注不存在。");
    }
    const comment = await tx.comment.create({
      data: {
        articleId: article.id,
        authorId: user.id,
        body: input.body,
        anchorText: input.anchorText || null,
        anchorId: input.anchorId ?? null,
        parentId: input.parentId ?? null,
      },
      select: { id: true },
    });
    if (article.authorId && article.authorId !== user.id) {
      await notify(
        tx,
        [article.authorId],
        article.id,
        `${user.displayName}在《${article.headline || "无标题"}》上添加了批注`,
      );
    }
    return comment;
  });
}
