import type { Database } from "@/lib/db";
import type { ReadingScope } from "./scope";

/** Every issue number in scope, for the sitemap. */
export async function listIssueNumbers(db: Database, scope: ReadingScope): Promise<number[]> {
  const issues = await db.issue.findMany({
    where: { AND: [scope.issue, { articles: { some: scope.article } }] },
    select: { number: true },
  });
  return issues.map((issue) => issue.number);
}
