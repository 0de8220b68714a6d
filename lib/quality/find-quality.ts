import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { loadArticleFor } from "@/lib/articles/load-article-for";
import { assertRoleCan } from "@/lib/permissions/assert";
import { errorRate } from "./error-rate";

const roundSelect = {
  id: true,
  round: true,
  note: true,
  createdAt: true,
  proofreader: { select: { displayName: true } },
  errors: { select: { id: true, category: true, passage: true } },
} as const;

/** Proofreading rounds of one article the user may proofread, and its error rate. */
export async function findArticleQuality(db: Database, user: SessionUser, articleId: string) {
  const article = await loadArticleFor(db, user, articleId, "article:proofread");
  const rounds = await db.proofRound.findMany({
    where: { articleId },
    orderBy: { round: "asc" },
    select: roundSelect,
  });
  const errors = rounds.reduce((sum, r) => sum + r.errors.length, 0);
  return { rounds, errors, rate: errorRate(errors, article.charCount) };
}

async function issueQuality(db: Database, issueId: string) {
  const [articles, issueRounds] = await Promise.all([
    db.article.findMany({
      where: { issueId },
      select: {
        id: true,
        charCount: true,
        proofRounds: { select: { _count: { select: { errors: true } } } },
      },
    }),
    db.proofRound.findMany({ where: { issueId }, orderBy: { round: "asc" }, select: roundSelect }),
  ]);
  const characters = articles.reduce((sum, a) => sum + a.charCount, 0);
  const byArticle = new Map(
    articles.map((a) => {
      const errors = a.proofRounds.reduce((sum, r) => sum + r._count.errors, 0);
      return [a.id, { errors, rate: errorRate(errors, a.charCount) }];
    }),
  );
  const errors =
    [...byArticle.values()].reduce((sum, a) => sum + a.errors, 0) +
    issueRounds.reduce((sum, r) => sum + r.errors.length, 0);
  return { rounds: issueRounds, byArticle, characters, errors, rate: errorRate(errors, characters) };
}

/**
 * An issue's error rate: the errors of its own rounds and of its articles' rounds, per
 * 10,000 characters of its articles. For the people who plan issues.
 */
export async function findIssueQuality(db: Database, user: SessionUser, issueId: string) {
  assertRoleCan(user, "issue:manage");
  return issueQuality(db, issueId);
}

/** 质量统计: the most recent issues with their error rates. */
export async function listIssueQuality(db: Database, user: SessionUser, take = 30) {
  assertRoleCan(user, "issue:manage");
  const issues = await db.issue.findMany({
    orderBy: { number: "desc" },
    take,
    select: { id: true, number: true, date: true, status: true },
  });
  return Promise.all(
    issues.map(async (issue) => {
      const quality = await issueQuality(db, issue.id);
      return {
        ...issue,
        characters: quality.characters,
        errors: quality.errors,
        rate: quality.rate,
        rounds: quality.rounds.length,
      };
    }),
  );
}
