"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { addArticlesToIssue } from "@/lib/issues/add-articles-to-issue";
import { arrangeIssue } from "@/lib/issues/arrange-issue";
import { createIssue } from "@/lib/issues/create-issue";
import { createIssueSchema, issueDateSchema, shanghaiLocalTime } from "@/lib/issues/issue-input";
import { scheduleIssue } from "@/lib/issues/schedule-issue";
import { updateIssueDate } from "@/lib/issues/update-issue-date";
import { withdrawIssue } from "@/lib/issues/withdraw-issue";
import { proofRoundSchema, recordProofRound } from "@/lib/quality/record-proof-round";
import { createSection } from "@/lib/sections/create-section";
import { lineInput, textInput } from "@/lib/text/xml-safe-text";
import { systemClock } from "@/lib/time/clock";

const number = z.number().int().positive();
const id = z.string().min(1);
const sectionId = z.string().min(1).nullable();

// Creates an issue in planning (editors; checked inside createIssue).
export const createIssueAction = defineAction(createIssueSchema, (input, { user }) =>
  createIssue(db, user, input),
);

// Adds, removes, reorders articles, picks the lead story or an article's section.
export const arrangeIssueAction = defineAction(
  z.object({
    number,
    op: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("add"), articleId: id, sectionId }),
      z.object({ kind: z.literal("remove"), articleId: id }),
      z.object({ kind: z.literal("move"), articleId: id, direction: z.enum(["up", "down"]) }),
      z.object({ kind: z.literal("lead"), articleId: id }),
      z.object({ kind: z.literal("section"), articleId: id, sectionId }),
    ]),
  }),
  async (input, { user }) => {
    await arrangeIssue(db, user, input.number, input.op, systemClock);
    revalidatePath(`/newsroom/issues/${input.number}`);
    return { number: input.number };
  },
);

// 批量编入: several approved articles at once, each into its chosen section.
export const addArticlesAction = defineAction(
  z.object({
    number,
    items: z
      .array(z.object({ articleId: id, sectionId }))
      .min(1, "请先勾选要编入的稿件。")
      .max(50, "一次最多编入 50 篇。"),
  }),
  async (input, { user }) => {
    const result = await addArticlesToIssue(db, user, input.number, input.items, systemClock);
    revalidatePath(`/newsroom/issues/${input.number}`);
    return result;
  },
);

// Publishes now, or schedules for a Beijing-time moment.
export const scheduleIssueAction = defineAction(
  z.object({ number, at: z.union([z.literal("now"), shanghaiLocalTime]) }),
  async (input, { user }) => {
    await scheduleIssue(db, user, input.number, input.at, systemClock);
    revalidatePath(`/newsroom/issues/${input.number}`);
    return { number: input.number };
  },
);

// Cancels a schedule, or unpublishes a published issue with a reason.
export const withdrawIssueAction = defineAction(
  z.object({ number, reason: textInput().max(500) }),
  async (input, { user }) => {
    await withdrawIssue(db, user, input.number, input.reason, systemClock);
    revalidatePath(`/newsroom/issues/${input.number}`);
    return { number: input.number };
  },
);

// Adds a section (栏目) to the standing list.
export const createSectionAction = defineAction(
  z.object({ name: lineInput().trim().min(1, "请填写栏目名称。").max(12, "栏目名称不能超过 12 个字。") }),
  (input, { user }) => createSection(db, user, input.name),
);

// Corrects the issue date (the archive's was inferred from its text).
export const updateIssueDateAction = defineAction(
  z.object({ number, date: issueDateSchema }),
  async (input, { user }) => {
    await updateIssueDate(db, user, input.number, input.date);
    revalidatePath(`/newsroom/issues/${input.number}`);
    return input;
  },
);

// Records a proofreading round (校次) with its errors, on an article or a whole issue.
export const recordProofRoundAction = defineAction(proofRoundSchema, async (input, { user }) => {
  const round = await recordProofRound(db, user, input);
  revalidatePath("/newsroom", "layout");
  return round;
});
