import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus, IssueStatus } from "@/lib/generated/prisma/enums";
import { articleWhere, can, issueWhere } from "@/lib/permissions/policy";

/**
 * What is public, and so what is 已发布, as of a moment. An issue scheduled for 08:00 is public
 * from 08:00 with nobody pressing a button and no job to run: nothing is written at that moment,
 * so every reader query and every status the newsroom shows is derived here from the stored
 * publishing time and the clock. What readers may see is the access policy's reading rule
 * (lib/permissions/policy.ts); the statuses as of now follow from it. Each rule has a boolean
 * form (for a row in hand) and a where-clause form (for a query); status-at.test.ts checks
 * that the two agree.
 */

/** What the rule needs of an issue. */
export interface IssueMoment {
  status: IssueStatus;
  publishAt: Date | null;
}

/** What the rule needs of an article: its own moment and its issue's. */
export interface ArticleMoment {
  status: ArticleStatus;
  publishedAt: Date | null;
  issue: IssueMoment | null;
}

/** Stored states that go public by the clock: scheduled, or already published. */
const GOING_LIVE = ["PUBLISHED", "SCHEDULED"] as const satisfies readonly (ArticleStatus & IssueStatus)[];

// The complement of the reading rule (what has not gone out yet), spelled out for the statuses
// as of now; status-at.test.ts holds it to the policy's rule.
const passed = (moment: Date | null, now: Date) => moment !== null && moment.getTime() <= now.getTime();

export function isIssuePublic(issue: IssueMoment, now: Date): boolean {
  return can(null, "issue:read", issue, now);
}

export function publicIssueWhere(now: Date): Prisma.IssueWhereInput {
  return issueWhere(null, "issue:read", now);
}

/** The negation of publicIssueWhere, spelled out: SQL's NOT drops rows whose time is NULL. */
function notPublicIssueWhere(now: Date): Prisma.IssueWhereInput {
  return { OR: [{ status: { notIn: [...GOING_LIVE] } }, { publishAt: null }, { publishAt: { gt: now } }] };
}

/** Whether the article's own moment and its issue's have both come. */
function isDue(article: ArticleMoment, now: Date): boolean {
  return passed(article.publishedAt, now) && article.issue !== null && isIssuePublic(article.issue, now);
}

function dueWhere(now: Date): Prisma.ArticleWhereInput {
  return { publishedAt: { lte: now }, issue: publicIssueWhere(now) };
}

export function isArticlePublic(article: ArticleMoment, now: Date): boolean {
  return can(null, "article:read", { authorId: null, ...article }, now);
}

export function publicArticleWhere(now: Date): Prisma.ArticleWhereInput {
  return articleWhere(null, "article:read", now);
}

/** The issue's status as of `now`: a scheduled one whose moment has passed is published. */
export function issueStatusAt(issue: IssueMoment, now: Date): IssueStatus {
  return issue.status === "SCHEDULED" && isIssuePublic(issue, now) ? "PUBLISHED" : issue.status;
}

/** Issues whose status as of `now` (issueStatusAt) is `status`. */
export function issueStatusWhere(status: IssueStatus, now: Date): Prisma.IssueWhereInput {
  if (status === "PUBLISHED")
    return { OR: [{ status: "PUBLISHED" }, { status: "SCHEDULED", publishAt: { lte: now } }] };
  if (status === "SCHEDULED")
    return { status: "SCHEDULED", OR: [{ publishAt: null }, { publishAt: { gt: now } }] };
  return { status };
}

/** The article's status as of `now`: a scheduled one whose moment (and its issue's) has passed is published. */
export function articleStatusAt(article: ArticleMoment, now: Date): ArticleStatus {
  return article.status === "SCHEDULED" && isDue(article, now) ? "PUBLISHED" : article.status;
}

/** Articles whose status as of `now` (articleStatusAt) is `status`. */
export function articleStatusWhere(status: ArticleStatus, now: Date): Prisma.ArticleWhereInput {
  if (status === "PUBLISHED")
    return { OR: [{ status: "PUBLISHED" }, { status: "SCHEDULED", ...dueWhere(now) }] };
  if (status === "SCHEDULED")
    return {
      status: "SCHEDULED",
      OR: [
        { publishedAt: null },
        { publishedAt: { gt: now } },
        { issueId: null },
        { issue: notPublicIssueWhere(now) },
      ],
    };
  return { status };
}

/** The columns the rule reads, for a query's select. */
export const ARTICLE_MOMENT_SELECT = {
  status: true,
  publishedAt: true,
  issue: { select: { status: true, publishAt: true } },
} as const;
