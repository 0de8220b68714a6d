import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { ARTICLE_MOMENT_SELECT, articleStatusAt, articleStatusWhere } from "@/lib/issues/visibility";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { articleWhere } from "@/lib/permissions/policy";
import { isArticleState } from "@/lib/workflow/states";

/**
 * Newsroom search over everything the user may see, drafts included, by headline, deck,
 * text (Article.plainText: the words, not the stored document's JSON) and credited name,
 * optionally one status. Newsroom volumes are small: a plain scan through the same
 * where-clause as every newsroom list, rather than a second index to keep in step.
 */
export async function searchNewsroom(
  db: Database,
  user: SessionUser,
  input: { q: string; status?: string },
  clock: Clock,
) {
  assertRoleCan(user, "newsroom:enter");
  const q = input.q.trim();
  if (!q) return [];
  const status = input.status && isArticleState(input.status) ? input.status : undefined;
  const now = clock();
  const articles = await db.article.findMany({
    where: {
      AND: [
        articleWhere(user, "article:view"),
        // The status as of now, the same rule as the one each result shows.
        status ? articleStatusWhere(status, now) : {},
        {
          OR: [
            { headline: { contains: q } },
            { subtitle: { contains: q } },
            { plainText: { contains: q } },
            { bylines: { some: { person: { name: { contains: q } } } } },
          ],
        },
      ],
    },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: {
      id: true,
      headline: true,
      ...ARTICLE_MOMENT_SELECT,
      charCount: true,
      updatedAt: true,
      author: { select: { displayName: true } },
      issue: { select: { number: true, ...ARTICLE_MOMENT_SELECT.issue.select } },
    },
  });
  return articles.map((article) => ({ ...article, status: articleStatusAt(article, now) }));
}
