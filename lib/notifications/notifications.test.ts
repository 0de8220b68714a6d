import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { setReviewStages } from "@/lib/settings/review-stages";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, submittedArticle } from "@/lib/testing/factories";
import { transitionArticle } from "@/lib/workflow/transition-article";
import { countUnread, listNotifications } from "./list-notifications";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let editor: SessionUser;
let editor2: SessionUser;
let chief: SessionUser;
// A clock that moves on a second per reading from now (rows dated by the database default are
// on the real clock): events and notices in a clear order, as in life.
let tick = Date.now();
const clock = () => new Date((tick += 1000));

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  [reporter, editor, editor2, chief] = await Promise.all([
    createTestUser(db, "REPORTER"),
    createTestUser(db, "EDITOR"),
    createTestUser(db, "EDITOR"),
    createTestUser(db, "CHIEF_EDITOR"),
  ]);
});
afterEach(() => dispose());

const act = (
  user: SessionUser,
  articleId: string,
  action: "submit" | "approve" | "requestChanges",
  note = "",
) => transitionArticle(db, user, { articleId, action, note }, clock);

async function submitted(): Promise<string> {
  return submittedArticle(db, reporter, {}, clock);
}

const told = async (articleId: string, message: string) =>
  (await db.notification.findMany({ where: { articleId, message: { contains: message } } }))
    .map((n) => n.userId)
    .sort();

describe("who is told", () => {
  it("asks only the reviewers who may decide each stage", async () => {
    await setReviewStages(db, await createTestUser(db, "ADMIN"), 3);
    const id = await submitted();
    expect(await told(id, "等待审稿")).toEqual([editor.id, editor2.id, chief.id].sort());
    await act(editor, id, "approve");
    // 复审: not the one who approved 初审.
    expect(await told(id, "等待复审")).toEqual([editor2.id, chief.id].sort());
    await act(editor2, id, "approve");
    expect(await told(id, "等待终审")).toEqual([chief.id]);
  });

  it("tells the author, and only the author, why the article was returned", async () => {
    const id = await submitted();
    await act(editor, id, "requestChanges", "请核实数据");
    expect(await told(id, "退回修改")).toEqual([reporter.id]);
  });
});

describe("handled notices", () => {
  it("clear themselves once someone else has decided", async () => {
    const id = await submitted();
    expect(await countUnread(db, editor2)).toBe(1);
    await act(editor, id, "approve");
    expect(await countUnread(db, editor2)).toBe(0);
    expect(await countUnread(db, editor)).toBe(0);
    const [notice] = await listNotifications(db, editor2);
    expect(notice).toMatchObject({ message: "《网格员培训》已提交，等待审稿", handled: true, readAt: null });
    // The author's news of the approval is not a request: it stays until read.
    expect(await countUnread(db, reporter)).toBe(1);
  });

  it("clear a return once the author resubmits, and ask the reviewers again", async () => {
    const id = await submitted();
    await act(editor, id, "requestChanges", "请核实数据");
    expect(await countUnread(db, reporter)).toBe(1);
    await act(reporter, id, "submit");
    expect(await countUnread(db, reporter)).toBe(0);
    expect(await countUnread(db, editor2)).toBe(1);
  });
});
