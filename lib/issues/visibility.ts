import type { Prisma } from "@/lib/generated/prisma/client";
import { articleWhere, issueWhere } from "@/lib/permissions/policy";

/**
 * What anonymous readers may see, as query filters: the access policy's reading rules
 * (lib/permissions/policy.ts). Visibility follows the stored publish time: an issue scheduled
 * for 08:00 is public from 08:00 with nobody pressing a button and no job to run. Every public
 * query goes through these two filters.
 */
export function publicIssueWhere(now: Date): Prisma.IssueWhereInput {
  return issueWhere(null, "issue:read", now);
}

export function publicArticleWhere(now: Date): Prisma.ArticleWhereInput {
  return articleWhere(null, "article:read", now);
}
