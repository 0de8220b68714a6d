import type { JSONContent } from "@tiptap/core";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { stripXmlInvalid } from "@/lib/text/xml-safe-text";
import type { Clock } from "@/lib/time/clock";
import { applyArticleChange, planArticleChange } from "@/lib/workflow/apply-article-change";
import { loadArticleForChange } from "@/lib/workflow/load-article-for-change";
import { type ArticleContent, articleContent } from "./article-content";
import { recordRevision } from "./record-revision";

export interface CorrectionInput {
  articleId: string;
  note: string;
  /** Optional fix of the text: every occurrence of `find` becomes `replace`. */
  find?: string;
  replace?: string;
}

function replaceInText(
  node: JSONContent,
  find: string,
  replace: string,
): { node: JSONContent; count: number } {
  if (node.type === "text" && node.text) {
    const parts = node.text.split(find);
    return { node: { ...node, text: parts.join(replace) }, count: parts.length - 1 };
  }
  let count = 0;
  const content = node.content?.map((child) => {
    const result = replaceInText(child, find, replace);
    count += result.count;
    return result.node;
  });
  return { node: content ? { ...node, content } : node, count };
}

/**
 * 更正: a dated note on a published article, shown to readers, with an optional fix of the
 * text (kept as a revision). Only editors; only published articles. A workflow change of its
 * own (the article stays published), so it goes through the one writer.
 */
export async function addCorrection(db: Database, user: SessionUser, input: CorrectionInput, clock: Clock) {
  const now = clock();
  await db.$transaction(async (tx) => {
    // Loaded as seen; whether it may be corrected (article:correct, published as of now: a
    // scheduled issue that went live) is the workflow table's check below.
    const article = await loadArticleForChange(tx, user, input.articleId, "article:view");
    const note = stripXmlInvalid(input.note).trim();
    // The table says first whether this article can be corrected (published, by an editor).
    const change = await planArticleChange(
      tx,
      user,
      article,
      { action: "correct", note, timelineNote: `更正：${note}` },
      now,
    );
    let text: ArticleContent | null = null;
    if (input.find) {
      const { node, count } = replaceInText(article.body as JSONContent, input.find, input.replace ?? "");
      if (count === 0) throw new AppError("BAD_INPUT", `正文中找不到“${input.find}”。`);
      // Replacing a whole run (a bold word, a link's text) empties a text node: the gate drops it.
      text = articleContent({ ...article, body: node });
    }
    await applyArticleChange(tx, { ...change, data: text ?? {} }, now);
    if (text) {
      await recordRevision(
        tx,
        {
          articleId: article.id,
          authorId: user.id,
          headline: article.headline,
          subtitle: article.subtitle,
          body: text.body,
          charCount: text.charCount,
          note: "更正",
        },
        clock,
      );
    }
    await tx.correction.create({ data: { articleId: article.id, note, authorId: user.id, createdAt: now } });
  });
}
