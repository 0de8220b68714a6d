import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { ARTICLE_MOMENT_SELECT, articleStatusAt } from "@/lib/issues/visibility";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { articleWhere } from "@/lib/permissions/policy";

/** 我的稿件: the user's own articles, most recently changed first, each with its status as of now. */
export async function findMyArticles(db: Database, user: SessionUser, clock: Clock) {
  assertRoleCan(user, "article:create");
  const articles = await db.article.findMany({
    where: { AND: [articleWhere(user, "article:view"), { authorId: user.id }] },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      headline: true,
      ...ARTICLE_MOMENT_SELECT,
      charCount: true,
      updatedAt: true,
      section: { select: { name: true } },
    },
  });
  const now = clock();
  return articles.map(({ issue, publishedAt, ...article }) => ({
    ...article,
    status: articleStatusAt({ ...article, issue, publishedAt }, now),
  }));
}
