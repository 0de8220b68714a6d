import { type EachResult, runEach } from "@/lib/actions/run-each";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { arrangeIssue } from "./arrange-issue";

/**
 * 批量编入: several approved articles into an issue, each into its chosen 栏目, through the
 * planner's own add so each is placed, recorded and made visible exactly as one at a time.
 */
export async function addArticlesToIssue(
  db: Database,
  user: SessionUser,
  number: number,
  items: { articleId: string; sectionId: string | null }[],
  clock: Clock,
): Promise<EachResult> {
  assertRoleCan(user, "issue:manage");
  const sections = new Map(items.map((item) => [item.articleId, item.sectionId]));
  return runEach([...sections.keys()], (articleId) =>
    arrangeIssue(
      db,
      user,
      number,
      { kind: "add", articleId, sectionId: sections.get(articleId) ?? null },
      clock,
    ),
  );
}
