import { isFilled, isOverdue, type Progress, progressOf } from "./assignment-progress";

/** An assignment planned for the issue, with the article started from it (if any). */
export interface BudgetAssignment {
  id: string;
  pitchId: string;
  topic: string;
  deadline: Date;
  targetChars: number;
  section: { id: string; name: string; position: number } | null;
  reporters: string[];
  article: {
    id: string;
    headline: string;
    status: string;
    charCount: number;
    issueNumber: number | null;
    /** Place in its issue's page order. */
    position: number;
  } | null;
}

/** An article already placed in the issue. */
export interface BudgetArticle {
  id: string;
  headline: string;
  status: string;
  charCount: number;
  position: number;
  assignmentId: string | null;
  section: { id: string; name: string; position: number } | null;
  author: string | null;
}

export interface BudgetRow {
  /** The assignment's id, or the article's for copy that was not planned for this issue. */
  key: string;
  title: string;
  pitchId: string | null;
  articleId: string | null;
  section: string;
  reporters: string[];
  deadline: Date | null;
  targetChars: number | null;
  actualChars: number;
  progress: Progress;
  overdue: boolean;
  /** The issue the copy sits in, when it is placed somewhere (this issue or another). */
  placedIn: number | null;
}

export interface Budget {
  rows: BudgetRow[];
  totals: { planned: number; filled: number; missing: number; overdue: number };
}

const UNSECTIONED = { id: "", name: "未定栏目", position: Number.MAX_SAFE_INTEGER };

/** Where a row sorts within its section: copy in the issue in page order, then the rest by deadline. */
type Order = { section: number; placed: boolean; within: number; title: string };

/**
 * An issue's budget (稿件计划): every story planned for it beside every article already in it,
 * once each (an assigned article placed in the issue is its assignment's row). By section;
 * within one, what is in the issue in its page order, then what is still to come by deadline;
 * with what is filled, missing and overdue at `now`.
 */
export function buildBudget(
  issueNumber: number,
  assignments: BudgetAssignment[],
  articles: BudgetArticle[],
  now: Date,
): Budget {
  const planned = new Set(assignments.map((a) => a.id));
  const sorted: { row: BudgetRow; order: Order }[] = [
    ...assignments.map((a) => {
      const progress = progressOf(a.article?.status);
      const section = a.section ?? UNSECTIONED;
      const placed = a.article?.issueNumber === issueNumber;
      return {
        order: {
          section: section.position,
          placed,
          within: placed ? a.article!.position : a.deadline.getTime(),
          title: a.article?.headline || a.topic,
        },
        row: {
          key: a.id,
          title: a.article?.headline || a.topic,
          pitchId: a.pitchId,
          articleId: a.article?.id ?? null,
          section: section.name,
          reporters: a.reporters,
          deadline: a.deadline,
          targetChars: a.targetChars,
          actualChars: a.article?.charCount ?? 0,
          progress,
          overdue: isOverdue(a.deadline, progress, now),
          placedIn: a.article?.issueNumber ?? null,
        },
      };
    }),
    ...articles
      .filter((a) => !a.assignmentId || !planned.has(a.assignmentId))
      .map((a) => {
        const section = a.section ?? UNSECTIONED;
        return {
          order: { section: section.position, placed: true, within: a.position, title: a.headline },
          row: {
            key: a.id,
            title: a.headline,
            pitchId: null,
            articleId: a.id,
            section: section.name,
            reporters: a.author ? [a.author] : [],
            deadline: null,
            targetChars: null,
            actualChars: a.charCount,
            progress: progressOf(a.status),
            overdue: false,
            placedIn: issueNumber,
          },
        };
      }),
  ];
  sorted.sort(
    ({ order: x }, { order: y }) =>
      x.section - y.section ||
      Number(y.placed) - Number(x.placed) ||
      x.within - y.within ||
      x.title.localeCompare(y.title, "zh-CN"),
  );
  const rows = sorted.map((s) => s.row);
  const filled = rows.filter((r) => isFilled(r.progress)).length;
  return {
    rows,
    totals: {
      planned: rows.length,
      filled,
      missing: rows.length - filled,
      overdue: rows.filter((r) => r.overdue).length,
    },
  };
}
