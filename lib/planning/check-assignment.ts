import { isRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { roleCan } from "@/lib/permissions/policy";
import { startOfShanghaiDay } from "@/lib/time/shanghai";

/** An account as found for an assignment (null when the id matched nobody). */
export interface Assignee {
  id: string;
  username: string;
  displayName: string;
  role: string;
  active: boolean;
}

export interface AssignmentFacts {
  /** In the order given, one entry per requested id. */
  reporters: (Assignee | null)[];
  photographer: Assignee | null | undefined;
  deadline: Date;
  /** The deadline before this change, for an assignment being edited. */
  previousDeadline: Date | null;
  /** The planned issue, when one was chosen. */
  issue: { number: number; date: string; status: string } | null;
  /** The planned issue's number before this change (undefined for a new assignment). */
  previousIssueNumber?: number | null;
  /** Who started the article from the assignment, if anyone has. */
  articleAuthorId: string | null;
  now: Date;
}

const OPEN_ISSUE = new Set(["PLANNING", "SCHEDULED"]);

/** Someone who can be given a story: an active account of a role that writes articles. */
export function canTakeAssignment(person: Assignee | null): person is Assignee {
  if (!person?.active || !isRole(person.role)) return false;
  return roleCan({ ...person, role: person.role }, "article:create");
}

/**
 * The rules of an assignment, checked before it is stored. Pure: the clock's now is a fact
 * like the others. Time rules apply to what is set or changed: an overdue assignment, or one
 * whose issue has gone out meanwhile, can still be given another reporter as it stands.
 */
export function checkAssignment(facts: AssignmentFacts): void {
  const ids = facts.reporters.map((r) => r?.id);
  if (new Set(ids).size !== ids.length) throw new AppError("BAD_INPUT", "同一名记者不能重复选择。");
  if (!facts.reporters.every(canTakeAssignment))
    throw new AppError("BAD_INPUT", "所选记者不存在、已停用或不能写稿。");
  if (facts.photographer !== undefined && !canTakeAssignment(facts.photographer))
    throw new AppError("BAD_INPUT", "所选摄影不存在、已停用或不能接受派稿。");

  const changed = facts.previousDeadline?.getTime() !== facts.deadline.getTime();
  if (changed && facts.deadline.getTime() <= facts.now.getTime())
    throw new AppError("BAD_INPUT", "截稿时间已过，请选择以后的时间。");

  const issueChanged = facts.previousIssueNumber !== (facts.issue?.number ?? null);
  if (facts.issue && (issueChanged || changed)) {
    const { number, date, status } = facts.issue;
    if (!OPEN_ISSUE.has(status))
      throw new AppError("CONFLICT", `第${number}期已经发布，不能再为它计划稿件。`);
    // Copy is due before the issue's day: on the day itself the pages are already made up.
    if (facts.deadline.getTime() >= startOfShanghaiDay(date).getTime())
      throw new AppError("BAD_INPUT", `截稿时间须早于第${number}期的出版日（${date}）。`);
  }

  if (facts.articleAuthorId && !ids.includes(facts.articleAuthorId))
    throw new AppError("BAD_INPUT", "已开始写作的记者不能从派稿中去掉。");
}
