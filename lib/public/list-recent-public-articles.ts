import type { Database } from "@/lib/db";
import { publicArticleWhere } from "@/lib/issues/visibility";
import { excerpt } from "./excerpt";

/** The newest public articles, for the feed and the sitemap. */
export async function listRecentPublicArticles(db: Database, now: Date, take: number) {
  const articles = await db.article.findMany({
    where: publicArticleWhere(now),
    orderBy: [{ publishedAt: "desc" }, { position: "asc" }],
    take,
    select: {
      id: true,
      headline: true,
      subtitle: true,
      body: true,
      publishedAt: true,
      updatedAt: true,
      section: { select: { name: true } },
      issue: { select: { number: true } },
    },
  });
  return articles.map(({ body, ...article }) => ({ ...article, summary: excerpt(body, 200) }));
}
