import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { promoteDueArticles } from "./promote-due-articles";

/** Every issue, newest first, with its article count and 字数, for the planner's list. */
export async function listIssuesForPlanner(db: Database, user: SessionUser, clock: Clock) {
  assertRoleCan(user, "issue:manage");
  await promoteDueArticles(db, clock());
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
  return issues.map(({ articles, ...issue }) => ({
    ...issue,
    articleCount: articles.length,
    charCount: articles.reduce((sum, a) => sum + a.charCount, 0),
  }));
}
