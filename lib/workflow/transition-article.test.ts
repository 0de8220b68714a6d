import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createArticle } from "@/lib/articles/create-article";
import { saveArticle } from "@/lib/articles/save-article";
import type { Database } from "@/lib/db";
import { findReviewQueue } from "@/lib/review/find-review-queue";
import { setReviewStages } from "@/lib/settings/review-stages";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, docOf, submittedArticle } from "@/lib/testing/factories";
import { transitionArticle } from "./transition-article";

let db: Database;
let openAnother: () => Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let editor: SessionUser;
let editor2: SessionUser;
let chief: SessionUser;
const clock = () => new Date();

beforeEach(async () => {
  ({ db, openAnother, dispose } = createTempDatabase());
  [reporter, editor, editor2, chief] = await Promise.all([
    createTestUser(db, "REPORTER"),
    createTestUser(db, "EDITOR"),
    createTestUser(db, "EDITOR"),
    createTestUser(db, "CHIEF_EDITOR"),
  ]);
});
afterEach(() => dispose());

const submitted = () => submittedArticle(db, reporter, {}, clock);

const act = (
  user: SessionUser,
  articleId: string,
  action: Parameters<typeof transitionArticle>[2]["action"],
  note = "同意",
) => transitionArticle(db, user, { articleId, action, note }, clock);

describe("transitionArticle", () => {
  it("submits, tells the editors, and records the event and a revision", async () => {
    const id = await submitted();
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({ status: "SUBMITTED", reviewStage: 0 });
    expect(article.submittedAt).not.toBeNull();
    const notified = await db.notification.findMany({
      where: { articleId: id },
      select: { userId: true, message: true },
    });
    expect(notified.map((n) => n.userId).sort()).toEqual([editor.id, editor2.id, chief.id].sort());
    expect(notified[0].message).toBe("《网格员培训》已提交，等待审稿");
    expect(await db.revision.findFirst({ where: { articleId: id, note: "提交审稿" } })).not.toBeNull();
  });

  it("refuses to submit an article without a headline or text, and changes nothing", async () => {
    const { id } = await createArticle(db, reporter);
    await expect(act(reporter, id, "submit", "")).rejects.toThrow("请先填写标题");
    await saveArticle(
      db,
      reporter,
      {
        id,
        version: 1,
        headline: "网格员培训",
        subtitle: "",
        sectionId: null,
        body: { type: "doc", content: [{ type: "paragraph" }] },
      },
      clock,
    );
    await expect(act(reporter, id, "submit", "")).rejects.toThrow("正文还是空的");
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT" });
  });

  it("returns with a note that the reporter is told about, then approves after resubmission", async () => {
    const id = await submitted();
    await expect(act(editor, id, "requestChanges", " ")).rejects.toThrow("请填写“退回修改”的理由");
    await act(editor, id, "requestChanges", "第二段数据请核实");
    expect(await db.notification.findFirst({ where: { userId: reporter.id } })).toMatchObject({
      message: "《网格员培训》被退回修改：第二段数据请核实",
    });
    await act(reporter, id, "submit", "");
    await act(editor, id, "approve", "同意刊发");
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "APPROVED",
      reviewStage: 1,
    });
  });

  it("refuses a reporter's approval, even called directly", async () => {
    const id = await submitted();
    const other = await createTestUser(db, "REPORTER");
    await expect(act(reporter, id, "approve")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(act(other, id, "approve")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("runs three stages with different people, the chief last", async () => {
    const admin = await createTestUser(db, "ADMIN");
    await setReviewStages(db, admin, 3);
    const id = await submitted();
    await act(editor, id, "approve", "初审意见");
    expect(await findReviewQueue(db, editor)).toEqual([]);
    expect((await findReviewQueue(db, editor2)).map((a) => a.nextStage)).toEqual(["复审"]);
    // The admin sees what waits, whoever decides it, and decides nothing.
    expect((await findReviewQueue(db, admin)).map((a) => [a.id, a.nextStage])).toEqual([[id, "复审"]]);
    await expect(act(admin, id, "approve", "管理员")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(act(editor, id, "approve", "再审")).rejects.toThrow("同一人不能审核同一稿件的两个审级");
    await act(editor2, id, "approve", "复审意见");
    expect(await findReviewQueue(db, editor2)).toEqual([]);
    await act(chief, id, "approve", "终审同意");
    const events = await db.workflowEvent.findMany({
      where: { articleId: id, stage: { not: null } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.stage, e.actorId, e.note])).toEqual([
      [1, editor.id, "初审意见"],
      [2, editor2.id, "复审意见"],
      [3, chief.id, "终审同意"],
    ]);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
  });

  const edit = async (user: SessionUser, id: string, text: string) => {
    const { version } = await db.article.findUniqueOrThrow({ where: { id } });
    return saveArticle(
      db,
      user,
      { id, version, headline: "网格员培训", subtitle: "", sectionId: null, body: docOf(text) },
      clock,
    );
  };
  const reopenings = (id: string) =>
    db.workflowEvent.findMany({ where: { articleId: id, note: { contains: "重新审核" } } });

  it("sends an article back to a stage when its text changes after that stage approved it", async () => {
    await setReviewStages(db, await createTestUser(db, "ADMIN"), 2);
    const id = await submitted();
    await act(editor, id, "approve", "初审通过");
    const saved = await edit(editor2, id, "本报讯 改过的培训。");
    expect(saved.reopenedStage).toEqual({ stage: 1, name: "初审" });
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.reviewStage).toBe(0);
    expect(
      await db.workflowEvent.findFirst({ where: { articleId: id, note: { contains: "退回初审" } } }),
    ).not.toBeNull();
    expect((await findReviewQueue(db, editor)).map((a) => a.nextStage)).toEqual(["初审"]);
  });

  it("reopens one stage per approval, tells whoever may decide it again, and says so in the save", async () => {
    await setReviewStages(db, await createTestUser(db, "ADMIN"), 3);
    const id = await submitted();
    await act(editor, id, "approve", "初审意见");
    await act(editor2, id, "approve", "复审意见");
    await db.notification.deleteMany();

    // The chief edits while deciding 终审: 复审 approved other text, so it is open again.
    expect((await edit(chief, id, "本报讯 主编改过。")).reopenedStage).toEqual({ stage: 2, name: "复审" });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).reviewStage).toBe(1);
    // Told: editor2, whose approval no longer stands. Not: the chief who edited, the author,
    // nor editor, whose 初审 still stands and who may not decide a second stage.
    const told = await db.notification.findMany({ where: { articleId: id } });
    expect(told.map((n) => [n.userId, n.message])).toEqual([
      [editor2.id, "《网格员培训》在复审通过后被修改，退回复审重新审核"],
    ]);

    // Autosave goes on: the stage stays open, nothing further is taken back.
    const again = await edit(chief, id, "本报讯 主编又改了一句。");
    expect(again.reopenedStage).toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id } })).reviewStage).toBe(1);
    expect(await reopenings(id)).toHaveLength(1);

    // Approved again, an edit reopens it again; the editor who approved it edits their own approval away.
    await act(editor2, id, "approve", "复审再审");
    expect((await edit(editor2, id, "本报讯 复审后又改。")).reopenedStage).toEqual({
      stage: 2,
      name: "复审",
    });
    expect(await reopenings(id)).toHaveLength(2);
    await act(editor2, id, "approve", "复审三审");
    await act(chief, id, "approve", "终审同意");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
  });

  it("lets only one of two simultaneous approvals through, also from two server instances", async () => {
    const id = await submitted();
    const results = await Promise.allSettled([act(editor, id, "approve"), act(editor2, id, "approve")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.workflowEvent.count({ where: { articleId: id, stage: 1 } })).toBe(1);

    const other = await submitted();
    const otherInstance = openAnother();
    const apart = await Promise.allSettled([
      act(editor, other, "approve"),
      transitionArticle(otherInstance, editor2, { articleId: other, action: "approve", note: "同意" }, clock),
    ]);
    await otherInstance.$disconnect();
    expect(apart.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.workflowEvent.count({ where: { articleId: other, stage: 1 } })).toBe(1);
  });
});
