import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { arrangeIssue } from "@/lib/issues/arrange-issue";
import { createIssue } from "@/lib/issues/create-issue";
import { scheduleIssue } from "@/lib/issues/schedule-issue";
import { withdrawIssue } from "@/lib/issues/withdraw-issue";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, submittedArticle } from "@/lib/testing/factories";
import { transitionArticle } from "@/lib/workflow/transition-article";
import { findArticleView } from "./find-article-view";
import { findWithdrawnArticle } from "./find-withdrawn-article";
import { publicScope } from "./scope";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let editor: SessionUser;
let now = new Date("2026-11-26T02:00:00Z");
const clock = () => now;

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  [reporter, editor] = await Promise.all([createTestUser(db, "REPORTER"), createTestUser(db, "EDITOR")]);
  now = new Date("2026-11-26T02:00:00Z");
});
afterEach(() => dispose());

/** An approved article placed in a new issue. */
async function plannedArticle(number: number): Promise<string> {
  const id = await submittedArticle(db, reporter, {}, clock);
  await transitionArticle(db, editor, { articleId: id, action: "approve", note: "" }, clock);
  await createIssue(db, editor, { number, date: "2026-11-26" });
  await arrangeIssue(db, editor, number, { kind: "add", articleId: id, sectionId: null }, clock);
  return id;
}

const isPublic = async (id: string) => (await findArticleView(db, id, publicScope(now))) !== null;

describe("findWithdrawnArticle", () => {
  it("knows an article unpublished after readers had it, with its issue", async () => {
    const id = await plannedArticle(7);
    await scheduleIssue(db, editor, 7, "now", clock);
    expect(await isPublic(id)).toBe(true);
    await transitionArticle(db, editor, { articleId: id, action: "unpublish", note: "有误" }, clock);
    expect(await isPublic(id)).toBe(false);
    expect(await findWithdrawnArticle(db, id, now)).toEqual({ issue: { number: 7, date: "2026-11-26" } });
  });

  it("knows the articles of a withdrawn issue", async () => {
    const id = await plannedArticle(8);
    await scheduleIssue(db, editor, 8, "now", clock);
    await withdrawIssue(db, editor, 8, "整期有误", clock);
    expect(await findWithdrawnArticle(db, id, now)).not.toBeNull();
  });

  it("says nothing of an article that was never public: not yet due, or its schedule cancelled", async () => {
    const id = await plannedArticle(9);
    expect(await findWithdrawnArticle(db, id, now)).toBeNull();
    await scheduleIssue(db, editor, 9, new Date(now.getTime() + 3_600_000), clock);
    expect(await findWithdrawnArticle(db, id, now)).toBeNull();
    await withdrawIssue(db, editor, 9, "", clock);
    now = new Date(now.getTime() + 7_200_000);
    expect(await findWithdrawnArticle(db, id, now)).toBeNull();
    expect(await findWithdrawnArticle(db, "no-such-article", now)).toBeNull();
  });
});
