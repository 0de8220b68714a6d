"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { approveArticles } from "@/lib/review/approve-articles";
import { textInput } from "@/lib/text/xml-safe-text";
import { systemClock } from "@/lib/time/clock";

// 批量通过: one opinion on several queued articles, each approved through the workflow.
export const approveArticlesAction = defineAction(
  z.object({
    articleIds: z.array(z.string().min(1)).min(1, "请先勾选要通过的稿件。").max(50, "一次最多处理 50 篇。"),
    note: textInput().max(2000, "审稿意见不能超过 2000 个字。"),
  }),
  async (input, { user }) => {
    const result = await approveArticles(db, user, input, systemClock);
    revalidatePath("/newsroom", "layout");
    return result;
  },
);
