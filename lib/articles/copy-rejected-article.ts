import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { type Clock, systemClock } from "@/lib/time/clock";
import { recordArticleCreated } from "@/lib/workflow/apply-article-change";
import { articleContent } from "./article-content";
import { loadArticleFor } from "./load-article-for";

/** A rejected (退稿) article's text, copied by its author into a fresh draft to rework. */
export async function copyRejectedArticle(
  db: Database,
  user: SessionUser,
  articleId: string,
  clock: Clock = systemClock,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const source = await loadArticleFor(
      tx,
      user,
      articleId,
      "article:copy",
      "只有作者本人可以复制自己的退稿。",
    );
    const bylines = await tx.articleByline.findMany({
      where: { articleId },
      select: { personId: true, role: true, position: true },
    });
    const copy = await tx.article.create({
      data: {
        headline: source.headline,
        subtitle: source.subtitle,
        ...articleContent(source),
        sectionId: source.sectionId,
        authorId: user.id,
        bylines: { create: bylines },
      },
      select: { id: true },
    });
    await recordArticleCreated(
      tx,
      { articleId: copy.id, actorId: user.id, note: `复制自退稿《${source.headline || "无标题"}》` },
      clock(),
    );
    return copy;
  });
}
