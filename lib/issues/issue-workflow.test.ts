import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, docOf } from "@/lib/testing/factories";
import { transitionArticle } from "@/lib/workflow/transition-article";
import { arrangeIssue } from "./arrange-issue";
import { createIssue } from "./create-issue";
import { scheduleIssue } from "./schedule-issue";
import { withdrawIssue } from "./withdraw-issue";

// Issues move their articles through the same workflow table, by the same writer, as the
// article page does: what the table refuses, an issue cannot do either, and every article
// change leaves the same kind of event.

let db: Database;
let dispose: () => Promise<void>;
let editor: SessionUser;
let now = Date.parse("2026-11-26T00:00:00Z");
const clock = () => new Date(now);
const T = Date.parse("2026-11-26T00:30:00Z");

async function fileApproved(headline: string): Promise<string> {
  const article = await db.article.create({
    data: { headline, body: docOf(`${headline}正文。`), status: "APPROVED", charCount: 6 },
  });
  await arrangeIssue(db, editor, 3, { kind: "add", articleId: article.id, sectionId: null }, clock);
  return article.id;
}

const trail = async (id: string) =>
  (await db.workflowEvent.findMany({ where: { articleId: id }, orderBy: { createdAt: "asc" } })).map(
    (e) => `${e.fromStatus}→${e.toStatus} ${e.note}`,
  );

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  now = Date.parse("2026-11-26T00:00:00Z");
  editor = await createTestUser(db, "EDITOR");
  await createIssue(db, editor, { number: 3, date: "2026-11-26" });
});
afterEach(() => dispose());

describe("an issue's articles follow the workflow table", () => {
  it("refuses to schedule an issue holding an article the table cannot schedule, and writes nothing", async () => {
    const good = await fileApproved("甲稿");
    const bad = await fileApproved("乙稿");
    now += 1000;
    await transitionArticle(db, editor, { articleId: bad, action: "hold", note: "" }, clock);
    await transitionArticle(db, editor, { articleId: bad, action: "reject", note: "不宜刊发" }, clock);
    await expect(scheduleIssue(db, editor, 3, new Date(T), clock)).rejects.toThrow(
      "稿件当前状态不能执行“排期”",
    );
    expect(await db.issue.findUniqueOrThrow({ where: { number: 3 } })).toMatchObject({
      status: "PLANNING",
      publishAt: null,
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: good } })).status).toBe("APPROVED");
    expect(await trail(good)).toEqual(["APPROVED→APPROVED 编入第3期"]);
  });

  it("records every step of an issue's life on each article, as the table names it", async () => {
    const id = await fileApproved("甲稿");
    await scheduleIssue(db, editor, 3, new Date(T), clock);
    await withdrawIssue(db, editor, 3, "", clock);
    await scheduleIssue(db, editor, 3, "now", clock);
    now += 60_000;
    await expect(withdrawIssue(db, editor, 3, " ", clock)).rejects.toThrow("请填写撤下的理由");
    await withdrawIssue(db, editor, 3, "版面调整", clock);
    now += 60_000;
    await scheduleIssue(db, editor, 3, new Date(T), clock);
    now = T + 1000;
    // Live by the clock alone: taking it back is unpublishing, with a reason.
    await expect(withdrawIssue(db, editor, 3, "", clock)).rejects.toThrow("请填写撤下的理由");
    await withdrawIssue(db, editor, 3, "重复刊发", clock);
    expect(await trail(id)).toEqual([
      "APPROVED→APPROVED 编入第3期",
      "APPROVED→SCHEDULED 随第3期定于2026年11月26日 08:30发布",
      "SCHEDULED→APPROVED 第3期取消定时",
      "APPROVED→PUBLISHED 随第3期发布",
      "PUBLISHED→UNPUBLISHED 第3期撤下：版面调整",
      "UNPUBLISHED→SCHEDULED 随第3期定于2026年11月26日 08:30发布",
      "PUBLISHED→UNPUBLISHED 第3期撤下：重复刊发",
    ]);
  });

  it("files an article into a live issue as published, and will not take a published one out", async () => {
    await fileApproved("甲稿");
    await scheduleIssue(db, editor, 3, "now", clock);
    now += 60_000;
    const late = await fileApproved("补稿");
    expect((await db.article.findUniqueOrThrow({ where: { id: late } })).status).toBe("PUBLISHED");
    expect(await trail(late)).toEqual(["APPROVED→PUBLISHED 编入第3期"]);
    await expect(arrangeIssue(db, editor, 3, { kind: "remove", articleId: late }, clock)).rejects.toThrow(
      "已发布的稿件不能移出",
    );
  });

  it("takes a scheduled article out of its issue as unscheduled", async () => {
    const id = await fileApproved("甲稿");
    await scheduleIssue(db, editor, 3, new Date(T), clock);
    await arrangeIssue(db, editor, 3, { kind: "remove", articleId: id }, clock);
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "APPROVED",
      issueId: null,
      publishedAt: null,
    });
    expect((await trail(id)).at(-1)).toBe("SCHEDULED→APPROVED 移出第3期");
  });

  it("refuses issue decisions from the article page", async () => {
    const id = await fileApproved("甲稿");
    const action = "publish" as unknown as "submit";
    await expect(transitionArticle(db, editor, { articleId: id, action, note: "" }, clock)).rejects.toThrow(
      "稿件页不能执行此操作",
    );
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
  });
});
