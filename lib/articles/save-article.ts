import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Clock } from "@/lib/time/clock";
import { articleContent, sameDoc } from "./article-content";
import type { SaveArticleInput } from "./article-input";
import { loadArticleFor } from "./load-article-for";
import { recordRevision } from "./record-revision";
import { reopenApprovedStage } from "./reopen-approved-stage";

export interface SaveResult {
  version: number;
  savedAt: string;
  charCount: number;
}

export const STALE_SAVE_MESSAGE =
  "此稿件已被他人修改，您的保存未生效。您的文字仍保留在编辑器中，请对照最新版本手动合并后再保存。";

/**
 * Saves the editor's content if, and only if, the article is still at the version the
 * editor started from: two people editing never silently overwrite each other. The version
 * check and the write happen in one transaction.
 */
export async function saveArticle(
  db: Database,
  user: SessionUser,
  input: SaveArticleInput,
  clock: Clock,
): Promise<SaveResult> {
  const { body, plainText, charCount } = articleContent(input);
  return db.$transaction(async (tx) => {
    const article = await loadArticleFor(tx, user, input.id, "article:edit");
    // The one version since the editor's base came from this very save (its answer was lost on
    // the way back): the editor's text builds on it, whether or not it has changed since.
    const ownLostSave =
      input.saveId !== undefined &&
      article.lastSaveId === input.saveId &&
      article.version === input.version + 1;
    if (article.version !== input.version && !ownLostSave) throw new AppError("CONFLICT", STALE_SAVE_MESSAGE);
    if (input.sectionId && !(await tx.section.findUnique({ where: { id: input.sectionId } }))) {
      throw new AppError("BAD_INPUT", "所选栏目不存在。");
    }
    const unchanged =
      article.headline === input.headline &&
      article.subtitle === input.subtitle &&
      sameDoc(article.body, body) &&
      article.sectionId === input.sectionId;
    if (unchanged)
      return {
        version: article.version,
        savedAt: article.updatedAt.toISOString(),
        charCount: article.charCount,
      };

    const reopened = await reopenApprovedStage(tx, article, user, clock);
    const updated = await tx.article.update({
      where: { id: article.id, version: article.version },
      data: {
        headline: input.headline,
        subtitle: input.subtitle,
        body,
        plainText,
        charCount,
        sectionId: input.sectionId,
        lastSaveId: input.saveId ?? null,
        version: { increment: 1 },
        ...(reopened === null ? {} : { reviewStage: reopened }),
      },
    });
    await recordRevision(
      tx,
      {
        articleId: article.id,
        authorId: user.id,
        headline: input.headline,
        subtitle: input.subtitle,
        body,
        charCount,
      },
      clock,
    );
    return { version: updated.version, savedAt: updated.updatedAt.toISOString(), charCount };
  });
}
