"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { MAX_STAGES, MIN_STAGES, setReviewStages } from "@/lib/settings/review-stages";

// Sets how many review stages articles pass (admin only; checked inside setReviewStages).
export const setReviewStagesAction = defineAction(z.object({ stages: z.number().int().min(MIN_STAGES).max(MAX_STAGES) }), async (input, { user }) => {
  await setReviewStages(db, user, input.stages);
  revalidatePath("/newsroom/settings");
  return input;
});
