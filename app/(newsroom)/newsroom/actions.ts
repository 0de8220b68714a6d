"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { createArticle } from "@/lib/articles/create-article";
import { db } from "@/lib/db";
import { systemClock } from "@/lib/time/clock";

// Starts a new draft for the signed-in reporter, empty or from one of their assignments (派稿);
// the page then opens it in the editor.
export const createArticleAction = defineAction(
  z.object({ assignmentId: z.string().min(1).optional() }),
  async (input, { user }) => createArticle(db, user, input, systemClock),
);
