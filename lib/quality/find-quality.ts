import type { SessionUser } from "@/lib/auth/roles";
import { loadArticleFor } from "@/lib/articles/load-article-for";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import { issueStatusAt } from "@/lib/issues/visibility";
import { printedAt, splitAtPrint, summarizeQuality } from "./quality-summary";

const roundSelect = {
  id: true,
  round: true,
  note: true,
  createdAt: true,
  proofreader: { select: { displayName: true } },
  errors: { select: { id: true, category: true, passage: true } },
} as const;

const errorsIn = (rounds: readonly { errors: readonly unknown[] }[]) =>
  rounds.reduce((sum, r) => sum + r.errors.length, 0);

/** When an article reached readers (its issue's publishing moment), or null while it has not. */
const articlePrintedAt = (publishedAt: Date | null, now: Date) =>
  publishedAt && publishedAt <= now ? publishedAt : null;

/** One article's quality from its rounds and corrections. */
function articleSummary(
  article: { charCount: number; publishedAt: Date | null; _count: { corrections: number } },
  rounds: readonly { createdAt: Date; errors: readonly unknown[] }[],
  now: Date,
) {
  const printed = articlePrintedAt(article.publishedAt, now);
  const { before, after } = splitAtPrint(rounds, printed);
  return summarizeQuality({
    characters: article.charCount,
    roundsBeforePrint: before.length,
    caughtErrors: errorsIn(before),
    printed: printed !== null,
    printErrors: errorsIn(after) + article._count.corrections,
  });
}

/** Proofreading rounds of one article, and its quality: caught before print, and in print. */
export async function findArticleQuality(db: Database, user: SessionUser, articleId: string, now: Date) {
  await loadArticleFor(db, user, articleId, "article:proofread");
  const [article, rounds] = await Promise.all([
    db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { charCount: true, publishedAt: true, _count: { select: { corrections: true } } },
    }),
    db.proofRound.findMany({ where: { articleId }, orderBy: { round: "asc" }, select: roundSelect }),
  ]);
  return {
    rounds,
    printedAt: articlePrintedAt(article.publishedAt, now),
    summary: articleSummary(article, rounds, now),
  };
}

/**
 * An issue's quality: errors its own rounds and its articles' rounds caught before print, and
 * errors that reached readers (corrections, rounds after print), per 10,000 characters of its
 * articles; and the same for each article. The issue's own rounds split at its publishing moment.
 */
export async function findIssueQuality(db: Database, user: SessionUser, issueId: string, now: Date) {
  assertRoleCan(user, "issue:view");
  return issueQuality(db, issueId, now);
}

async function issueQuality(db: Database, issueId: string, now: Date) {
  const [issue, articles, issueRounds] = await Promise.all([
    db.issue.findUniqueOrThrow({ where: { id: issueId }, select: { status: true, publishAt: true } }),
    db.article.findMany({
      where: { issueId },
      select: {
        id: true,
        charCount: true,
        publishedAt: true,
        _count: { select: { corrections: true } },
        proofRounds: { select: { createdAt: true, errors: { select: { id: true } } } },
      },
    }),
    db.proofRound.findMany({ where: { issueId }, orderBy: { round: "asc" }, select: roundSelect }),
  ]);
  const printed = printedAt(issue, now);
  const byArticle = new Map(articles.map((a) => [a.id, articleSummary(a, a.proofRounds, now)]));
  const own = splitAtPrint(issueRounds, printed);
  const perArticle = [...byArticle.values()];
  const sum = (pick: (s: (typeof perArticle)[number]) => number) =>
    perArticle.reduce((total, s) => total + pick(s), 0);
  return {
    rounds: issueRounds,
    printedAt: printed,
    byArticle,
    summary: summarizeQuality({
      characters: sum((s) => s.characters),
      roundsBeforePrint: own.before.length + sum((s) => s.roundsBeforePrint),
      caughtErrors: errorsIn(own.before) + sum((s) => s.caughtErrors),
      printed: printed !== null,
      printErrors: errorsIn(own.after) + sum((s) => s.printErrors),
    }),
  };
}

/** 质量统计: the most recent issues with their status as of now and their quality. */
export async function listIssueQuality(db: Database, user: SessionUser, now: Date, take = 30) {
  assertRoleCan(user, "issue:view");
  const issues = await db.issue.findMany({
    orderBy: { number: "desc" },
    take,
    select: { id: true, number: true, date: true, status: true, publishAt: true },
  });
  return Promise.all(
    issues.map(async (issue) => ({
      ...issue,
      status: issueStatusAt(issue, now),
      ...(await issueQuality(db, issue.id, now)).summary,
    })),
  );
}
