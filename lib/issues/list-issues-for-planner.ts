import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { issueStatusAt } from "./visibility";

/** Every issue, newest first, with its status as of now, article count and 字数, for the planner's list. */
export async function listIssuesForPlanner(db: Database, user: SessionUser, clock: Clock) {
  assertRoleCan(user, "issue:view");
  const issues = await db.issue.findMany({
    orderBy: { number: "desc" },
    select: {
      number: true,
      date: true,
      status: true,
      publishAt: true,
      articles: { select: { charCount: true } },
    },
  });
  const now = clock();
  return issues.map(({ articles, ...issue }) => ({
    ...issue,
    status: issueStatusAt(issue, now),
    articleCount: articles.length,
    charCount: articles.reduce((sum, a) => sum + a.charCount, 0),
  }));
}
