import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createArticle } from "@/lib/articles/create-article";
import { saveArticle } from "@/lib/articles/save-article";
import { findArticleCredits } from "@/lib/credits/find-article-credits";
import type { Database } from "@/lib/db";
import { createIssue } from "@/lib/issues/create-issue";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, docOf } from "@/lib/testing/factories";
import { transitionArticle } from "@/lib/workflow/transition-article";
import { decidePitch } from "./decide-pitch";
import { findCalendarMonth } from "./find-calendar-month";
import { findIssueBudget } from "./find-issue-budget";
import { findMyAssignments } from "./find-my-assignments";
import { findPitchView } from "./find-pitch-view";
import { listPitches } from "./list-pitches";
import { proposePitch } from "./propose-pitch";
import { saveAssignment } from "./save-assignment";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let reporter2: SessionUser;
let photographer: SessionUser;
let editor: SessionUser;
let sectionId: string;

// One injected clock, moved by the tests: 1 December 2026, 10:00 Beijing time.
let now = new Date("2026-12-01T02:00:00Z");
const clock = () => now;
const hours = (h: number) => new Date(now.getTime() + h * 3600_000);
/** A Beijing wall-clock time as the form sends it. */
const beijing = (date: Date) => new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16);

beforeEach(async () => {
  now = new Date("2026-12-01T02:00:00Z");
  ({ db, dispose } = createTempDatabase());
  [reporter, reporter2, photographer, editor] = await Promise.all([
    createTestUser(db, "REPORTER"),
    createTestUser(db, "REPORTER"),
    createTestUser(db, "REPORTER"),
    createTestUser(db, "EDITOR"),
  ]);
  sectionId = (await db.section.create({ data: { name: "社区", slug: "shequ", position: 1 } })).id;
  await createIssue(db, editor, { number: 8, date: "2026-12-04" });
});
afterEach(() => dispose());

const pitch = (by: SessionUser, topic = "社区食堂开业") =>
  proposePitch(
    db,
    by,
    {
      topic,
      angle: "老人用餐",
      sectionId,
      suggestedReporterId: null,
      photoNeeds: "开业现场",
      sources: "街道办",
    },
    clock,
  );
const decide = (by: SessionUser, pitchId: string, decision: "accept" | "decline" | "park", note = "") =>
  decidePitch(db, by, { pitchId, decision, note }, clock);
const assign = (
  by: SessionUser,
  pitchId: string,
  overrides: Partial<Parameters<typeof saveAssignment>[2]> = {},
) =>
  saveAssignment(
    db,
    by,
    {
      pitchId,
      reporterIds: [reporter.id, reporter2.id],
      photographerId: photographer.id,
      deadline: new Date(`${beijing(hours(30))}:00+08:00`),
      targetChars: 1200,
      issueNumber: 8,
      sectionId,
      ...overrides,
    },
    clock,
  );

async function assigned(): Promise<{ pitchId: string; assignmentId: string }> {
  const { id: pitchId } = await pitch(reporter);
  await decide(editor, pitchId, "accept");
  const { assignmentId } = await assign(editor, pitchId);
  return { pitchId, assignmentId };
}

describe("story planning", () => {
  it("pitch → accept → assign → start from the assignment → submit → approve fills the budget", async () => {
    const { pitchId, assignmentId } = await assigned();
    let budget = (await findIssueBudget(db, editor, 8, clock))!;
    expect(budget.rows).toMatchObject([
      { title: "社区食堂开业", progress: "NOT_STARTED", targetChars: 1200 },
    ]);
    expect(budget.totals).toEqual({ planned: 1, filled: 0, missing: 1, overdue: 0 });

    const home = await findMyAssignments(db, reporter, clock);
    expect(home).toMatchObject([{ id: assignmentId, topic: "社区食堂开业", mayStart: true }]);
    // The photographer sees the assignment too, but the article is the reporters' to start.
    expect(await findMyAssignments(db, photographer, clock)).toMatchObject([
      { id: assignmentId, mayStart: false },
    ]);
    await expect(createArticle(db, photographer, { assignmentId }, clock)).rejects.toThrow(
      "只有派稿的记者可以开始写作。",
    );

    const { id } = await createArticle(db, reporter, { assignmentId }, clock);
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({
      headline: "社区食堂开业",
      sectionId,
      assignmentId,
      authorId: reporter.id,
    });
    expect((await findArticleCredits(db, reporter, id)).map((c) => [c.name, c.role])).toEqual([
      [reporter.displayName, "REPORTER"],
      [reporter2.displayName, "REPORTER"],
      [photographer.displayName, "PHOTOGRAPHER"],
    ]);
    // One article per assignment: the second reporter opens the existing one instead.
    await expect(createArticle(db, reporter2, { assignmentId }, clock)).rejects.toThrow("该派稿已经开始写作");

    await saveArticle(
      db,
      reporter,
      {
        id,
        version: 1,
        headline: "社区食堂开业",
        subtitle: "",
        sectionId,
        body: docOf("本报讯 社区食堂今天开业。"),
      },
      clock,
    );
    await transitionArticle(db, reporter, { articleId: id, action: "submit", note: "" }, clock);
    expect((await findIssueBudget(db, editor, 8, clock))!.rows[0].progress).toBe("SUBMITTED");
    await transitionArticle(db, editor, { articleId: id, action: "approve", note: "同意" }, clock);

    budget = (await findIssueBudget(db, editor, 8, clock))!;
    // 字数 as the article counts it: headline (6) and text (12).
    expect(budget.rows).toMatchObject([{ articleId: id, progress: "APPROVED", actualChars: 18 }]);
    expect(budget.totals).toMatchObject({ planned: 1, filled: 1, missing: 0 });
    expect(await findMyAssignments(db, reporter, clock)).toEqual([]);

    const events = await db.pitchEvent.findMany({ where: { pitchId }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["PROPOSE", "ACCEPT", "ASSIGN", "START_ARTICLE"]);
    expect(events[2].note).toContain("截稿 2026/12/02 16:00");
    const articleEvents = await db.workflowEvent.findMany({
      where: { articleId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(articleEvents[0].note).toBe("根据派稿新建：社区食堂开业");
  });

  it("a reporter cannot decide pitches (not even their own) or assign work", async () => {
    const { id: pitchId } = await pitch(reporter);
    await expect(decide(reporter, pitchId, "accept")).rejects.toThrow("只有编辑或主编可以决定选题。");
    await decide(editor, pitchId, "accept");
    await expect(assign(reporter, pitchId)).rejects.toThrow("您没有执行此操作的权限。");
    expect(await db.assignment.count()).toBe(0);
    expect((await db.pitch.findUniqueOrThrow({ where: { id: pitchId } })).status).toBe("ACCEPTED");
  });

  it("another reporter's pitch does not exist for them until it is assigned to them", async () => {
    const { id: pitchId } = await pitch(reporter);
    expect(await findPitchView(db, reporter2, pitchId, clock)).toBeNull();
    await expect(decide(reporter2, pitchId, "park")).rejects.toThrow("选题不存在。");
    expect((await listPitches(db, reporter2, clock)).flatMap((g) => g.pitches)).toEqual([]);
    expect((await listPitches(db, editor, clock)).find((g) => g.status === "PROPOSED")!.pitches).toHaveLength(
      1,
    );
    await decide(editor, pitchId, "accept");
    await assign(editor, pitchId);
    expect((await findPitchView(db, reporter2, pitchId, clock))?.may.start).toBe(true);
  });

  it("declining needs a reason, is recorded, and takes the story off the budget and the reporters' home", async () => {
    const { pitchId } = await assigned();
    await expect(decide(editor, pitchId, "decline", "")).rejects.toThrow("请填写不采纳的理由。");
    await decide(editor, pitchId, "decline", "活动取消");
    expect(await findMyAssignments(db, reporter, clock)).toEqual([]);
    expect((await findIssueBudget(db, editor, 8, clock))!.rows).toEqual([]);
    const last = await db.pitchEvent.findFirstOrThrow({ where: { pitchId }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ action: "DECLINE", note: "活动取消", actorId: editor.id });
  });

  it("an assignment past its deadline without copy is overdue on the budget, the home page and the calendar", async () => {
    const { assignmentId } = await assigned();
    now = hours(31); // the deadline was 30 hours after the assignment
    expect((await findIssueBudget(db, editor, 8, clock))!.totals.overdue).toBe(1);
    expect(await findMyAssignments(db, reporter, clock)).toMatchObject([{ id: assignmentId, overdue: true }]);
    const month = await findCalendarMonth(db, editor, "2026-12", clock);
    const days = month.weeks.flat();
    expect(days.find((d) => d.date === "2026-12-02")!.deadlines).toMatchObject([
      { id: assignmentId, overdue: true },
    ]);
    expect(days.find((d) => d.date === "2026-12-04")!.issues).toMatchObject([
      { number: 8, planned: 1, filled: 0, overdue: 1 },
    ]);
    // Copy handed in, even late, is no longer overdue.
    const { id } = await createArticle(db, reporter, { assignmentId }, clock);
    expect((await findIssueBudget(db, editor, 8, clock))!.totals.overdue).toBe(1);
    await saveArticle(
      db,
      reporter,
      { id, version: 1, headline: "迟到的稿", subtitle: "", sectionId, body: docOf("正文。") },
      clock,
    );
    await transitionArticle(db, reporter, { articleId: id, action: "submit", note: "" }, clock);
    expect((await findIssueBudget(db, editor, 8, clock))!.totals.overdue).toBe(0);
  });

  it("changing an assignment records what changed, and refuses a past deadline or dropping the writer", async () => {
    const { pitchId, assignmentId } = await assigned();
    await assign(editor, pitchId, { reporterIds: [reporter.id], targetChars: 800 });
    const last = await db.pitchEvent.findFirstOrThrow({ where: { pitchId }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({
      action: "UPDATE_ASSIGNMENT",
      note: `记者 ${reporter.displayName}、${reporter2.displayName} → ${reporter.displayName}；目标字数 1,200 → 800`,
    });
    await expect(assign(editor, pitchId, { deadline: hours(-1) })).rejects.toThrow("截稿时间已过");
    await createArticle(db, reporter, { assignmentId }, clock);
    await expect(assign(editor, pitchId, { reporterIds: [reporter2.id] })).rejects.toThrow(
      "已开始写作的记者不能",
    );
    await expect(decide(editor, pitchId, "decline", "不做了")).rejects.toThrow("稿件已经开始写作");
  });

  it("two editors deciding the same pitch at once: one decision, one clear refusal", async () => {
    const { id: pitchId } = await pitch(reporter);
    const editor2 = await createTestUser(db, "EDITOR");
    // Both accept: in either order the second finds the pitch taken up. (Park then accept would
    // be two valid decisions one after the other: a parked pitch can still be taken up.)
    const results = await Promise.allSettled([
      decide(editor, pitchId, "accept"),
      decide(editor2, pitchId, "accept"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(String((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason)).toMatch(
      /不能“采纳”|刚刚被他人处理过/,
    );
    expect(await db.pitchEvent.count({ where: { pitchId, action: "ACCEPT" } })).toBe(1);
  });
});
