import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Clock } from "@/lib/time/clock";
import { CHANGED_MEANWHILE } from "@/lib/workflow/apply-article-change";
import { loadArticleForChange } from "@/lib/workflow/load-article-for-change";
import { articleContent } from "./article-content";
import { recordRevision } from "./record-revision";
import { type ReopenedStage, writeArticleText } from "./reopen-approved-stage";

/**
 * Brings back an older revision's text as a new revision; history itself is never rewritten.
 * It needs no version check: the text it replaces is already a revision, so nothing is lost,
 * and the version bump makes any editor still open on the old text get a conflict. Like a save,
 * it reopens a review stage that approved the text it replaces.
 */
export async function restoreRevision(
  db: Database,
  user: SessionUser,
  input: { articleId: string; number: number },
  clock: Clock,
): Promise<{ version: number; reopenedStage: ReopenedStage | null }> {
  return db.$transaction(async (tx) => {
    const article = await loadArticleForChange(tx, user, input.articleId, "article:restore");
    const revision = await tx.revision.findUnique({
      where: { articleId_number: { articleId: article.id, number: input.number } },
    });
    if (!revision) throw new AppError("NOT_FOUND", "所选版本不存在。");
    // A revision stored before the document gate existed must pass it like any other write.
    const { plainText, ...content } = {
      headline: revision.headline,
      subtitle: revision.subtitle,
      ...articleContent(revision),
    };
    const reopenedStage = await writeArticleText(
      tx,
      user,
      article,
      { ...content, plainText },
      clock(),
      CHANGED_MEANWHILE,
    );
    await recordRevision(
      tx,
      { articleId: article.id, authorId: user.id, ...content, note: `恢复自第 ${revision.number} 版` },
      clock,
    );
    return { version: article.version + 1, reopenedStage };
  });
}
