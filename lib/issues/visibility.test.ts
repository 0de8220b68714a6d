import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { addCorrection } from "@/lib/articles/add-correction";
import { articleContent } from "@/lib/articles/article-content";
import type { Database } from "@/lib/db";
import { findArticleView } from "@/lib/public/find-article-view";
import { findIssueView, findLatestIssueNumber } from "@/lib/public/find-issue-view";
import { listRecentPublicArticles } from "@/lib/public/list-recent-public-articles";
import { publicScope } from "@/lib/public/scope";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, docOf } from "@/lib/testing/factories";
import { transitionArticle } from "@/lib/workflow/transition-article";
import { arrangeIssue } from "./arrange-issue";
import { createIssue } from "./create-issue";
import { scheduleIssue } from "./schedule-issue";
import { withdrawIssue } from "./withdraw-issue";

let db: Database;
let dispose: () => Promise<void>;
let editor: SessionUser;
let now = Date.parse("2026-11-26T00:00:00Z");
const clock = () => new Date(now);
const T = Date.parse("2026-11-26T00:30:00Z");
const at = (ms: number) => new Date(ms);

async function approvedArticle(headline: string, text: string) {
  return db.article.create({
    data: { headline, ...articleContent({ headline, subtitle: "", body: docOf(text) }), status: "APPROVED" },
  });
}

async function publicIds(when: number) {
  return (await listRecentPublicArticles(db, at(when), 50)).map((a) => a.headline);
}

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  now = Date.parse("2026-11-26T00:00:00Z");
  editor = await createTestUser(db, "EDITOR");
  await createIssue(db, editor, { number: 2, date: "2026-11-26" });
  for (const [headline, text] of [
    ["甲稿", "甲稿正文有错字。"],
    ["乙稿", "乙稿正文。"],
  ]) {
    const article = await approvedArticle(headline, text);
    await arrangeIssue(db, editor, 2, { kind: "add", articleId: article.id, sectionId: null }, clock);
  }
});
afterEach(() => dispose());

describe("visibility follows the stored publish time", () => {
  it("keeps a scheduled issue invisible until its moment, then shows it with no action", async () => {
    await scheduleIssue(db, editor, 2, at(T), clock);
    expect(await findIssueView(db, 2, publicScope(at(T - 1000)))).toBeNull();
    expect(await findLatestIssueNumber(db, publicScope(at(T - 1000)))).toBeNull();
    expect(await publicIds(T - 1000)).toEqual([]);

    const issue = await findIssueView(db, 2, publicScope(at(T + 1000)));
    expect(issue?.articles.map((a) => a.headline)).toEqual(["甲稿", "乙稿"]);
    expect(issue?.lead?.headline).toBe("甲稿");
    expect(await findLatestIssueNumber(db, publicScope(at(T + 1000)))).toBe(2);
    expect(await publicIds(T + 1000)).toHaveLength(2);
  });

  it("moves the moment when rescheduled, and hides everything again when the schedule is cancelled", async () => {
    await scheduleIssue(db, editor, 2, at(T), clock);
    await scheduleIssue(db, editor, 2, at(T + 3_600_000), clock);
    expect(await findIssueView(db, 2, publicScope(at(T + 1000)))).toBeNull();
    await withdrawIssue(db, editor, 2, "", clock);
    expect(await findIssueView(db, 2, publicScope(at(T + 7_200_000)))).toBeNull();
    expect((await db.article.findMany()).map((a) => a.status)).toEqual(["APPROVED", "APPROVED"]);
  });

  it("refuses a time in the past", async () => {
    await expect(scheduleIssue(db, editor, 2, at(now - 3_600_000), clock)).rejects.toThrow("发布时间已过");
  });

  it("takes an unpublished article off every public list, and an unpublished issue entirely", async () => {
    await scheduleIssue(db, editor, 2, "now", clock);
    const [first] = await db.article.findMany({ orderBy: { position: "asc" } });
    now += 60_000;
    await transitionArticle(
      db,
      editor,
      { articleId: first.id, action: "unpublish", note: "数据有误" },
      clock,
    );
    expect(await publicIds(now)).toEqual(["乙稿"]);
    expect(await findArticleView(db, first.id, publicScope(at(now)))).toBeNull();
    await withdrawIssue(db, editor, 2, "整期撤下", clock);
    expect(await publicIds(now)).toEqual([]);
    expect(await findIssueView(db, 2, publicScope(at(now)))).toBeNull();
  });

  it("shows a correction with its Beijing date and the fixed text", async () => {
    await scheduleIssue(db, editor, 2, "now", clock);
    // 01:11 on the 27th in Beijing is still the 26th in UTC: readers are shown the 27th.
    now = Date.parse("2026-11-26T17:11:00Z");
    const [first] = await db.article.findMany({ orderBy: { position: "asc" } });
    await expect(
      addCorrection(db, editor, { articleId: first.id, note: "x", find: "不存在" }, clock),
    ).rejects.toThrow("正文中找不到");
    await addCorrection(
      db,
      editor,
      { articleId: first.id, note: "原稿“错字”应为“别字”。", find: "错字", replace: "别字" },
      clock,
    );
    const view = await findArticleView(db, first.id, publicScope(at(now + 1000)));
    expect(view?.html).toContain("甲稿正文有别字。");
    expect(view?.corrections).toEqual([
      { note: "原稿“错字”应为“别字”。", createdAt: at(now).toISOString(), date: "2026-11-27" },
    ]);
    expect((await findIssueView(db, 2, publicScope(at(now + 1000))))?.articles[0].corrected).toBe(true);
  });

  it("puts an article added to a live issue online at its own time", async () => {
    await scheduleIssue(db, editor, 2, "now", clock);
    now += 3_600_000;
    const late = await approvedArticle("丙稿", "补发的稿件。");
    await arrangeIssue(db, editor, 2, { kind: "add", articleId: late.id, sectionId: null }, clock);
    expect(await publicIds(now - 1000)).not.toContain("丙稿");
    expect(await publicIds(now)).toContain("丙稿");
  });
});
