import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Clock } from "@/lib/time/clock";
import { articleContent, sameDoc } from "./article-content";
import type { SaveArticleInput } from "./article-input";
import { loadArticleForChange } from "@/lib/workflow/load-article-for-change";
import { recordRevision } from "./record-revision";
import { type ReopenedStage, writeArticleText } from "./reopen-approved-stage";

export interface SaveResult {
  version: number;
  savedAt: string;
  charCount: number;
  /**
   * Set when this save took the article back to a review stage: the text changed after that
   * stage approved it, so the approval no longer stands (the editor warns about it).
   */
  reopenedStage: ReopenedStage | null;
}

export const STALE_SAVE_MESSAGE =
  "此稿件已被他人修改，您的保存未生效。您的文字仍保留在编辑器中，请对照最新版本手动合并后再保存。";

/**
 * Saves the editor's content if, and only if, the article is still at the version the
 * editor started from: two people editing never silently overwrite each other. The write is
 * the one writer's guarded write, so a save and anything else changing the article at the same
 * time cannot both go through.
 */
export async function saveArticle(
  db: Database,
  user: SessionUser,
  input: SaveArticleInput,
  clock: Clock,
): Promise<SaveResult> {
  const { body, plainText, charCount } = articleContent(input);
  return db.$transaction(async (tx) => {
    const article = await loadArticleForChange(tx, user, input.id, "article:edit");
    // The one version since the editor's base came from this very save (its answer was lost on
    // the way back): the editor's text builds on it, whether or not it has changed since.
    const ownLostSave =
      input.saveId !== undefined &&
      article.lastSaveId === input.saveId &&
      article.version === input.version + 1;
    const base = ownLostSave ? article.version : input.version;
    if (input.sectionId && !(await tx.section.findUnique({ where: { id: input.sectionId } }))) {
      throw new AppError("BAD_INPUT", "所选栏目不存在。");
    }
    const unchanged =
      article.headline === input.headline &&
      article.subtitle === input.subtitle &&
      sameDoc(article.body, body) &&
      article.sectionId === input.sectionId;
    if (unchanged && article.version === base)
      return {
        version: article.version,
        savedAt: article.updatedAt.toISOString(),
        charCount: article.charCount,
        reopenedStage: null,
      };

    // A stale base is refused by the guarded write itself, not by a check before it.
    const reopenedStage = await writeArticleText(
      tx,
      user,
      { ...article, version: base },
      {
        headline: input.headline,
        subtitle: input.subtitle,
        body,
        plainText,
        charCount,
        sectionId: input.sectionId,
        lastSaveId: input.saveId ?? null,
      },
      clock(),
      STALE_SAVE_MESSAGE,
    );
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
    const saved = await tx.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { version: true, updatedAt: true },
    });
    return { version: saved.version, savedAt: saved.updatedAt.toISOString(), charCount, reopenedStage };
  });
}
