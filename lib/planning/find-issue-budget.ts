import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { Clock } from "@/lib/time/clock";
import { type BudgetArticle, type BudgetAssignment, buildBudget } from "./build-budget";

const sectionColumns = { select: { id: true, name: true, position: true } } as const;

/**
 * The assignments and placed articles of the given issues, as the budget needs them. Only
 * assignments of standing pitches count: a declined pitch's assignment is history.
 */
export async function loadBudgetParts(db: Database, issueIds: string[]) {
  const [assignments, articles] = await Promise.all([
    db.assignment.findMany({
      where: { issueId: { in: issueIds }, pitch: { status: "ACCEPTED" } },
      select: {
        id: true,
        issueId: true,
        pitchId: true,
        deadline: true,
        targetChars: true,
        pitch: { select: { topic: true } },
        section: sectionColumns,
        people: {
          where: { role: "REPORTER" },
          orderBy: { position: "asc" },
          select: { user: { select: { displayName: true } } },
        },
        article: {
          select: {
            id: true,
            headline: true,
            status: true,
            charCount: true,
            position: true,
            issue: { select: { number: true } },
          },
        },
      },
    }),
    db.article.findMany({
      where: { issueId: { in: issueIds } },
      select: {
        id: true,
        issueId: true,
        headline: true,
        status: true,
        charCount: true,
        position: true,
        assignmentId: true,
        section: sectionColumns,
        author: { select: { displayName: true } },
      },
    }),
  ]);
  return (issueId: string): { assignments: BudgetAssignment[]; articles: BudgetArticle[] } => ({
    assignments: assignments
      .filter((a) => a.issueId === issueId)
      .map((a) => ({
        id: a.id,
        pitchId: a.pitchId,
        topic: a.pitch.topic,
        deadline: a.deadline,
        targetChars: a.targetChars,
        section: a.section,
        reporters: a.people.map((p) => p.user.displayName),
        article: a.article && {
          id: a.article.id,
          headline: a.article.headline,
          status: a.article.status,
          charCount: a.article.charCount,
          issueNumber: a.article.issue?.number ?? null,
          position: a.article.position,
        },
      })),
    articles: articles
      .filter((a) => a.issueId === issueId)
      .map((a) => ({ ...a, author: a.author?.displayName ?? null })),
  });
}

/** 稿件计划 of one issue for its planner: what is planned, written, missing and overdue. */
export async function findIssueBudget(db: Database, user: SessionUser, number: number, clock: Clock) {
  assertRoleCan(user, "issue:view");
  const issue = await db.issue.findUnique({ where: { number }, select: { id: true, number: true } });
  if (!issue) return null;
  const parts = (await loadBudgetParts(db, [issue.id]))(issue.id);
  return buildBudget(issue.number, parts.assignments, parts.articles, clock());
}
