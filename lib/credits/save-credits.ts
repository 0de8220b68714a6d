import { loadArticleFor } from "@/lib/articles/load-article-for";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { reindexArticles } from "@/lib/search/reindex";
import type { CreditRole } from "./credit-roles";
import type { CreditInput, SaveCreditsInput } from "./credits-input";
import { type CreditView, findArticleCredits } from "./find-article-credits";
import { resolveCreditPerson } from "./resolve-credit-person";

/** Replaces an article's credits inside the caller's transaction, in the given order. */
export async function writeCredits(tx: Tx, articleId: string, credits: CreditInput[]): Promise<void> {
  const rows: { personId: string; role: CreditRole; position: number }[] = [];
  for (const credit of credits) {
    const personId = await resolveCreditPerson(tx, credit);
    if (rows.some((row) => row.personId === personId && row.role === credit.role)) {
      throw new AppError("BAD_INPUT", "同一人不能以同一身份重复署名。");
    }
    rows.push({ personId, role: credit.role, position: rows.length });
  }
  await tx.articleByline.deleteMany({ where: { articleId } });
  await tx.articleByline.createMany({ data: rows.map((row) => ({ ...row, articleId })) });
  // A listed article's byline is in the search index: keep it in step in the same transaction.
  await reindexArticles(tx, [articleId]);
}

/** 署名: the credits of an article the user may edit, replaced as a whole. */
export async function saveCredits(
  db: Database,
  user: SessionUser,
  input: SaveCreditsInput,
): Promise<CreditView[]> {
  return db.$transaction(async (tx) => {
    await loadArticleFor(tx, user, input.articleId, "article:edit");
    await writeCredits(tx, input.articleId, input.credits);
    return findArticleCredits(tx, user, input.articleId);
  });
}
