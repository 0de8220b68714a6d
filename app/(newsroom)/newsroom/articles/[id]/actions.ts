"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { saveArticleSchema } from "@/lib/articles/article-input";
import { compareRevisions } from "@/lib/articles/compare-revisions";
import { compareWithLatest } from "@/lib/articles/compare-with-latest";
import { restoreRevision } from "@/lib/articles/restore-revision";
import { saveArticle } from "@/lib/articles/save-article";
import { db } from "@/lib/db";
import { systemClock } from "@/lib/time/clock";

// Autosave and explicit save from the editor; refused when the version is stale.
export const saveArticleAction = defineAction(saveArticleSchema, (input, { user }) => saveArticle(db, user, input, systemClock));

// Diff between two revisions of the article, for the history panel.
export const compareRevisionsAction = defineAction(
  z.object({ articleId: z.string().min(1), from: z.number().int().positive(), to: z.number().int().positive() }),
  (input, { user }) => compareRevisions(db, user, input.articleId, input.from, input.to),
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
