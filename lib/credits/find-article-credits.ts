import { loadArticleFor } from "@/lib/articles/load-article-for";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import type { CreditRole } from "./credit-roles";

export interface CreditView {
  personId: string;
  role: CreditRole;
  name: string;
}

/** The credits of an article the user may see, in byline order, as the credits editor shows them. */
export async function findArticleCredits(
  tx: Tx | Database,
  user: SessionUser,
  articleId: string,
): Promise<CreditView[]> {
  await loadArticleFor(tx, user, articleId, "article:view");
  const rows = await tx.articleByline.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    select: { personId: true, role: true, person: { select: { name: true } } },
  });
  return rows.map((row) => ({ personId: row.personId, role: row.role as CreditRole, name: row.person.name }));
}
