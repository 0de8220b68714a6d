import type { JSONContent } from "@tiptap/core";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { docToPlainText } from "@/lib/editor/article-doc";
import { normalizeArticleDoc } from "@/lib/editor/normalize-doc";
import { AppError } from "@/lib/errors/app-error";
import { promoteDueArticles } from "@/lib/issues/promote-due-articles";
import { assertCanOnArticle } from "@/lib/permissions/assert";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { reindexArticles } from "@/lib/search/reindex";
import { countCharacters } from "@/lib/text/count-characters";
import { stripXmlInvalid } from "@/lib/text/xml-safe-text";
import type { Clock } from "@/lib/time/clock";
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
 * text (kept as a revision). Only editors; only published articles.
 */
export async function addCorrection(db: Database, user: SessionUser, input: CorrectionInput, clock: Clock) {
  const now = clock();
  await db.$transaction(async (tx) => {
    await promoteDueArticles(tx, now);
    const article = await tx.article.findUnique({ where: { id: input.articleId } });
    if (!article) throw new AppError("NOT_FOUND", "稿件不存在。");
    assertCanOnArticle(user, "article:correct", article, "只能更正已发布的稿件。");
    const note = stripXmlInvalid(input.note).trim();
    if (!note) throw new AppError("BAD_INPUT", "请填写更正说明。");
    if (input.find) {
      const { node, count } = replaceInText(
        JSON.parse(article.body) as JSONContent,
        input.find,
        input.replace ?? "",
      );
      if (count === 0) throw new AppError("BAD_INPUT", `正文中找不到“${input.find}”。`);
      // Replacing a whole run (a bold word, a link's text) empties a text node: the gate drops it.
      const doc = normalizeArticleDoc(node);
      const body = JSON.stringify(doc);
      const charCount = countCharacters(`${article.headline}\n${article.subtitle}\n${docToPlainText(doc)}`);
      await tx.article.update({
        where: { id: article.id },
        data: { body, charCount, version: { increment: 1 } },
      });
      await recordRevision(
        tx,
        {
          articleId: article.id,
          authorId: user.id,
          headline: article.headline,
          subtitle: article.subtitle,
          body,
          charCount,
          note: "更正",
        },
        clock,
      );
    }
    await reindexArticles(tx, [article.id]);
    await tx.correction.create({ data: { articleId: article.id, note, authorId: user.id, createdAt: now } });
    await tx.workflowEvent.create({
      data: {
        articleId: article.id,
        actorId: user.id,
        fromStatus: "PUBLISHED",
        toStatus: "PUBLISHED",
        note: `更正：${note}`,
        createdAt: now,
      },
    });
    await invalidateReaderPages(tx, { articles: [article.id] }, now);
  });
}
