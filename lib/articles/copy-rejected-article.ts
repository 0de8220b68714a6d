import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { normalizeArticleDoc } from "@/lib/editor/normalize-doc";
import { loadArticleFor } from "./load-article-for";

/** A rejected (退稿) article's text, copied by its author into a fresh draft to rework. */
export async function copyRejectedArticle(
  db: Database,
  user: SessionUser,
  articleId: string,
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
    return tx.article.create({
      data: {
        headline: source.headline,
        subtitle: source.subtitle,
        body: JSON.stringify(normalizeArticleDoc(JSON.parse(source.body))),
        charCount: source.charCount,
        sectionId: source.sectionId,
        authorId: user.id,
        bylines: { create: bylines },
        events: {
          create: {
            actorId: user.id,
            fromStatus: "",
            toStatus: "DRAFT",
            note: `复制自退稿《${source.headline || "无标题"}》`,
          },
        },
      },
      select: { id: true },
    });
  });
}
