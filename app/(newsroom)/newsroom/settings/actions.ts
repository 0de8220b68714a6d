"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import {
  mastheadSchema,
  parseFlaggedTerms,
  setFlaggedTerms,
  setMasthead,
} from "@/lib/settings/publication-settings";
import { MAX_STAGES, MIN_STAGES, setReviewStages } from "@/lib/settings/review-stages";

// Sets how many review stages articles pass (admin only; checked inside setReviewStages).
export const setReviewStagesAction = defineAction(
  z.object({ stages: z.number().int().min(MIN_STAGES).max(MAX_STAGES) }),
  async (input, { user }) => {
    await setReviewStages(db, user, input.stages);
    revalidatePath("/newsroom/settings");
    return input;
  },
);

// The masthead's compliance fields (admin only; checked inside setMasthead).
export const setMastheadAction = defineAction(mastheadSchema, async (input, { user }) => {
  await setMasthead(db, user, input);
  return input;
});

// The list of terms the proofreading checks flag, one per line: `旧称 | 新称 | 说明`.
export const setFlaggedTermsAction = defineAction(
  z.object({ text: z.string().max(20_000) }),
  async (input, { user }) => {
    const terms = parseFlaggedTerms(input.text);
    await setFlaggedTerms(db, user, terms);
    return { count: terms.length };
  },
);
