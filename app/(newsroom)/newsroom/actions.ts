"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { createArticle } from "@/lib/articles/create-article";
import { db } from "@/lib/db";

// Starts a new draft for the signed-in reporter; the page then opens it in the editor.
export const createArticleAction = defineAction(z.object({}), async (_input, { user }) =>
  createArticle(db, user),
);
