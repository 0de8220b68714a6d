import type { Database } from "@/lib/db";
import { publicArticleWhere } from "@/lib/issues/visibility";
import { excerpt } from "./excerpt";
import { compareReadingOrder } from "./reading-order";

/** The newest public articles, for the feed and the sitemap: newest first, each issue in reading order. */
export async function listRecentPublicArticles(db: Database, now: Date, take: number) {
  const articles = await db.article.findMany({
    where: publicArticleWhere(now),
    orderBy: [{ publishedAt: "desc" }, { position: "asc" }],
    take,
    select: {
      id: true,
      headline: true,
      subtitle: true,
      plainText: true,
      publishedAt: true,
      updatedAt: true,
      position: true,
      section: { select: { name: true, position: true } },
      issue: { select: { number: true } },
      bylines: { orderBy: { position: "asc" }, select: { person: { select: { name: true } } } },
    },
  });
  const newestFirst = (a: (typeof articles)[number], b: (typeof articles)[number]) =>
    (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) ||
    (b.issue?.number ?? 0) - (a.issue?.number ?? 0) ||
    compareReadingOrder(a, b);
  return articles.sort(newestFirst).map(({ plainText, position: _, bylines, ...article }) => ({
    ...article,
    summary: excerpt(plainText, 200),
    creators: bylines.map((b) => b.person.name),
  }));
}
