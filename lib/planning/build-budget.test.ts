import { describe, expect, it } from "vitest";
import { isOverdue, progressOf } from "./assignment-progress";
import { type BudgetArticle, type BudgetAssignment, buildBudget } from "./build-budget";

const yaowen = { id: "s1", name: "要闻", position: 0 };
const shequ = { id: "s2", name: "社区", position: 3 };
const now = new Date("2026-12-02T04:00:00Z");
const hoursFromNow = (h: number) => new Date(now.getTime() + h * 3600_000);

const assignment = (id: string, overrides: Partial<BudgetAssignment> = {}): BudgetAssignment => ({
  id,
  pitchId: `p-${id}`,
  topic: `选题${id}`,
  deadline: hoursFromNow(24),
  targetChars: 1000,
  section: yaowen,
  reporters: ["鲁燕"],
  article: null,
  ...overrides,
});
const written = (status: string, charCount = 800, issueNumber: number | null = null, position = 0) => ({
  id: `a-${status}`,
  headline: `稿件${status}`,
  status,
  charCount,
  issueNumber,
  position,
});

describe("assignment progress", () => {
  it("names the four stages a desk asks about from the article's state", () => {
    expect(progressOf(null)).toBe("NOT_STARTED");
    expect(["DRAFT", "CHANGES_REQUESTED"].map(progressOf)).toEqual(["WRITING", "WRITING"]);
    expect(progressOf("SUBMITTED")).toBe("SUBMITTED");
    expect(["APPROVED", "HELD", "SCHEDULED", "PUBLISHED"].map(progressOf)).toEqual(Array(4).fill("APPROVED"));
    expect(progressOf("REJECTED")).toBe("DROPPED");
    expect(progressOf("UNPUBLISHED")).toBe("WITHDRAWN");
  });

  it("is overdue only past the deadline and while the copy is not in", () => {
    const past = hoursFromNow(-1);
    expect(isOverdue(past, "NOT_STARTED", now)).toBe(true);
    expect(isOverdue(past, "WRITING", now)).toBe(true);
    expect(isOverdue(past, "SUBMITTED", now)).toBe(false);
    expect(isOverdue(past, "APPROVED", now)).toBe(false);
    expect(isOverdue(hoursFromNow(1), "NOT_STARTED", now)).toBe(false);
    expect(isOverdue(now, "NOT_STARTED", now)).toBe(false);
  });
});

const placed = (id: string, headline: string, position: number, overrides: Partial<BudgetArticle> = {}) => ({
  id,
  headline,
  status: "SCHEDULED",
  charCount: 600,
  position,
  assignmentId: null,
  section: yaowen,
  author: "王畅",
  ...overrides,
});

describe("buildBudget", () => {
  it("lists planned stories beside written ones, each once: by section, copy in the issue in page order first, then the rest by deadline", () => {
    const assignments = [
      assignment("soon", { deadline: hoursFromNow(3), article: written("DRAFT", 420) }),
      assignment("late", { deadline: hoursFromNow(-2) }),
      assignment("done", { section: shequ, article: written("APPROVED", 1100, 9, 0) }),
    ];
    const articles: BudgetArticle[] = [
      // The assigned article placed in this issue is its assignment's row, not a second one.
      placed("a-APPROVED", "稿件APPROVED", 0, { assignmentId: "done", section: shequ, status: "APPROVED" }),
      // Page order, not the order of their titles: 召 sorts after 新 in pinyin.
      placed("x", "中原区召开经济运行分析会", 1),
      placed("y", "中原区新增三处口袋公园", 2),
    ];
    const budget = buildBudget(9, assignments, articles, now);
    expect(budget.rows.map((r) => [r.title, r.section, r.progress, r.overdue])).toEqual([
      ["中原区召开经济运行分析会", "要闻", "APPROVED", false],
      ["中原区新增三处口袋公园", "要闻", "APPROVED", false],
      ["选题late", "要闻", "NOT_STARTED", true],
      ["稿件DRAFT", "要闻", "WRITING", false],
      ["稿件APPROVED", "社区", "APPROVED", false],
    ]);
    expect(budget.rows[3]).toMatchObject({ targetChars: 1000, actualChars: 420, placedIn: null });
    expect(budget.rows[0]).toMatchObject({
      targetChars: null,
      deadline: null,
      reporters: ["王畅"],
      placedIn: 9,
    });
    expect(budget.rows[4]).toMatchObject({ key: "done", targetChars: 1000, placedIn: 9 });
    expect(budget.totals).toEqual({ planned: 5, filled: 3, missing: 2, overdue: 1 });
  });

  it("an article from another issue's assignment counts in this issue as written copy", () => {
    const budget = buildBudget(
      9,
      [],
      [placed("y", "改编入本期", 0, { assignmentId: "elsewhere", section: null })],
      now,
    );
    expect(budget.rows).toHaveLength(1);
    expect(budget.rows[0]).toMatchObject({ section: "未定栏目", progress: "APPROVED", placedIn: 9 });
  });
});
