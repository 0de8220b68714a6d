import { errorRate, exceedsLimit } from "./error-rate";

/**
 * The moment an issue reached readers, or null while it has not: planned issues, issues
 * scheduled for later, and schedules cancelled (which clear publishAt).
 */
export function printedAt(issue: { status: string; publishAt: Date | null }, now: Date): Date | null {
  if (issue.status === "PLANNING" || !issue.publishAt || issue.publishAt > now) return null;
  return issue.publishAt;
}

/**
 * Proofreading rounds before the text reached readers caught errors (good); a round recorded
 * after that found errors readers had already read, so it counts with the corrections.
 */
export function splitAtPrint<T extends { createdAt: Date }>(
  rounds: readonly T[],
  printed: Date | null,
): { before: T[]; after: T[] } {
  const before = rounds.filter((r) => !printed || r.createdAt < printed);
  return { before, after: rounds.filter((r) => !before.includes(r)) };
}

export interface QualityCounts {
  characters: number;
  /** Proofreading rounds recorded before the text reached readers. */
  roundsBeforePrint: number;
  /** Errors those rounds caught and corrected before print. */
  caughtErrors: number;
  /** Whether the text has reached readers. */
  printed: boolean;
  /** Errors that reached readers: corrections (更正), and errors of rounds recorded after print. */
  printErrors: number;
}

export interface QualitySummary extends QualityCounts {
  /** At least one proofreading round before print. */
  proofread: boolean;
  /** Caught errors per 10,000 characters; null without a round (not 0: nothing was looked at). */
  caughtRate: number | null;
  /** 见报差错率: errors that reached readers per 10,000 characters; null before print. */
  printRate: number | null;
  /** The 万分之三 warning: it judges what readers got, never what proofreading caught. */
  overLimit: boolean;
}

/**
 * 差错率 that does not reward skipping proofreading: errors caught in 校对 are reported
 * apart from errors that reached print, an unproofread text has no caught rate at all, and
 * only errors in print are held against 万分之三.
 */
export function summarizeQuality(counts: QualityCounts): QualitySummary {
  const proofread = counts.roundsBeforePrint > 0;
  const printRate = counts.printed ? errorRate(counts.printErrors, counts.characters) : null;
  return {
    ...counts,
    proofread,
    caughtRate: proofread ? errorRate(counts.caughtErrors, counts.characters) : null,
    printRate,
    overLimit: printRate !== null && exceedsLimit(printRate),
  };
}
