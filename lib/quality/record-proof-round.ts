import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { loadArticleFor } from "@/lib/articles/load-article-for";
import { assertRoleCan } from "@/lib/permissions/assert";
import { textInput } from "@/lib/text/xml-safe-text";
import { ERROR_CATEGORIES } from "./error-rate";

export const proofRoundSchema = z.object({
  target: z.union([
    z.object({ articleId: z.string().min(1) }),
    z.object({ issueNumber: z.number().int().positive() }),
  ]),
  errors: z
    .array(
      z.object({
        category: z.enum(ERROR_CATEGORIES, { message: "请选择差错类别。" }),
        passage: textInput().trim().min(1, "请填写差错所在的原文。").max(200),
      }),
    )
    .max(200),
  note: textInput().max(500).default(""),
});

/** Records a proofreading round (校次) on an approved article or a whole issue, with the errors found. */
export async function recordProofRound(
  db: Database,
  user: SessionUser,
  input: z.infer<typeof proofRoundSchema>,
) {
  assertRoleCan(user, "issue:manage");
  return db.$transaction(async (tx) => {
    let where: { articleId: string } | { issueId: string };
    if ("articleId" in input.target) {
      const article = await loadArticleFor(
        tx,
        user,
        input.target.articleId,
        "article:proofread",
        "只能对已通过的稿件记录校次。",
      );
      where = { articleId: article.id };
    } else {
      const issue = await tx.issue.findUnique({
        where: { number: input.target.issueNumber },
        select: { id: true },
      });
      if (!issue) throw new AppError("NOT_FOUND", "该期不存在。");
      where = { issueId: issue.id };
    }
    const round = (await tx.proofRound.count({ where })) + 1;
    return tx.proofRound.create({
      data: { ...where, round, proofreaderId: user.id, note: input.note, errors: { create: input.errors } },
      select: { id: true, round: true },
    });
  });
}
