"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { saveArticleSchema } from "@/lib/articles/article-input";
import { addCorrection } from "@/lib/articles/add-correction";
import { compareRevisions } from "@/lib/articles/compare-revisions";
import { copyRejectedArticle } from "@/lib/articles/copy-rejected-article";
import { listRevisions } from "@/lib/articles/list-revisions";
import { compareWithLatest } from "@/lib/articles/compare-with-latest";
import { restoreRevision } from "@/lib/articles/restore-revision";
import { saveArticle } from "@/lib/articles/save-article";
import { addComment } from "@/lib/comments/add-comment";
import { addCommentSchema } from "@/lib/comments/comment-input";
import { resolveComment } from "@/lib/comments/resolve-comment";
import { saveCreditsSchema } from "@/lib/credits/credits-input";
import { saveCredits } from "@/lib/credits/save-credits";
import { db } from "@/lib/db";
import { textInput } from "@/lib/text/xml-safe-text";
import { systemClock } from "@/lib/time/clock";
import { transitionArticle } from "@/lib/workflow/transition-article";
import { ARTICLE_PAGE_ACTIONS } from "@/lib/workflow/transitions";

// Autosave and explicit save from the editor; refused when the version is stale.
export const saveArticleAction = defineAction(saveArticleSchema, (input, { user }) =>
  saveArticle(db, user, input, systemClock),
);

// 署名: the article's credits, replaced as a whole in the order given.
export const saveCreditsAction = defineAction(saveCreditsSchema, (input, { user }) =>
  saveCredits(db, user, input),
);

// Diff between two revisions of the article, for the history panel.
export const compareRevisionsAction = defineAction(
  z.object({
    articleId: z.string().min(1),
    from: z.number().int().positive(),
    to: z.number().int().positive(),
  }),
  (input, { user }) => compareRevisions(db, user, input.articleId, input.from, input.to),
);

// The revision history as it is now, for the panel to follow the editor's saves.
export const listRevisionsAction = defineAction(
  z.object({ articleId: z.string().min(1) }),
  (input, { user }) => listRevisions(db, user, input.articleId),
);

// After a refused save: the latest stored version, and how the editor's text differs from it.
export const compareWithLatestAction = defineAction(
  z.object({ articleId: z.string().min(1), headline: z.string(), subtitle: z.string(), body: z.unknown() }),
  (input, { user }) => compareWithLatest(db, user, input),
);

// Brings back an older revision as a new one.
export const restoreRevisionAction = defineAction(
  z.object({ articleId: z.string().min(1), number: z.number().int().positive() }),
  (input, { user }) => restoreRevision(db, user, input, systemClock),
);

// Submit, withdraw and the review decisions; the workflow validator decides what is allowed.
export const transitionArticleAction = defineAction(
  z.object({
    articleId: z.string().min(1),
    action: z.enum(ARTICLE_PAGE_ACTIONS),
    note: textInput().max(2000, "说明不能超过 2000 字。"),
  }),
  (input, { user }) => transitionArticle(db, user, input, systemClock),
);

// 批注: a new comment or a reply.
export const addCommentAction = defineAction(addCommentSchema, (input, { user }) =>
  addComment(db, user, input),
);

// Resolves a comment thread, or opens it again.
export const resolveCommentAction = defineAction(
  z.object({ commentId: z.string().min(1), resolved: z.boolean() }),
  (input, { user }) => resolveComment(db, user, input, systemClock),
);

// Copies the author's rejected article into a new draft.
export const copyRejectedAction = defineAction(
  z.object({ articleId: z.string().min(1) }),
  (input, { user }) => copyRejectedArticle(db, user, input.articleId),
);

// 更正 on a published article: a dated note for readers, optionally fixing the text.
export const addCorrectionAction = defineAction(
  z.object({
    articleId: z.string().min(1),
    note: z.string().trim().min(1, "请填写更正说明。").max(500, "更正说明不能超过 500 字。"),
    find: z.string().max(200).optional(),
    replace: z.string().max(200).optional(),
  }),
  (input, { user }) => addCorrection(db, user, input, systemClock),
);
