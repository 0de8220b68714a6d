import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What anonymous readers may see, as query filters. Visibility follows the stored publish
 * time: an issue scheduled for 08:00 is public from 08:00 with nobody pressing a button and
 * no job to run. Every public query goes through these two filters.
 */
export function publicIssueWhere(now: Date): Prisma.IssueWhereInput {
  return { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishAt: { lte: now } };
}

export function publicArticleWhere(now: Date): Prisma.ArticleWhereInput {
  return {
    status: { in: ["PUBLISHED", "SCHEDULED"] },
    publishedAt: { lte: now },
    issue: publicIssueWhere(now),
  };
}
