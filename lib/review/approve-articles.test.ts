import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { addArticlesToIssue } from "@/lib/issues/add-articles-to-issue";
import { createIssue } from "@/lib/issues/create-issue";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, submittedArticle } from "@/lib/testing/factories";
import { approveArticles } from "./approve-articles";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let editor: SessionUser;
const clock = () => new Date();

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  [reporter, editor] = await Promise.all([createTestUser(db, "REPORTER"), createTestUser(db, "EDITOR")]);
});
afterEach(() => dispose());

const submitted = (by: SessionUser, headline: string) =>
  submittedArticle(db, by, { headline, text: "本报讯 正文。" }, clock);

describe("bulk actions go through the single-item operations", () => {
  it("approves several articles with one opinion; one the editor may not approve is refused alone", async () => {
    const [a, b] = [await submitted(reporter, "甲"), await submitted(reporter, "乙")];
    const own = await submitted(editor, "编辑自己的稿");
    await expect(approveArticles(db, editor, { articleIds: [a, b], note: " " }, clock)).rejects.toThrow(
      "请填写审稿意见。",
    );
    const result = await approveArticles(db, editor, { articleIds: [a, own, b, a], note: "同意刊发" }, clock);
    expect(result.done).toEqual([a, b]);
    expect(result.refused).toEqual([{ id: own, reason: "不能审核自己的稿件。" }]);
    for (const id of [a, b]) {
      expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
      const event = await db.workflowEvent.findFirstOrThrow({
        where: { articleId: id, toStatus: "APPROVED" },
      });
      expect(event).toMatchObject({ actorId: editor.id, note: "同意刊发", stage: 1 });
    }
    expect(
      await db.notification.count({ where: { userId: reporter.id, message: { contains: "审核通过" } } }),
    ).toBe(2);
    expect((await db.article.findUniqueOrThrow({ where: { id: own } })).status).toBe("SUBMITTED");
  });

  it("a reporter cannot bulk-approve", async () => {
    const a = await submitted(reporter, "甲");
    await expect(approveArticles(db, reporter, { articleIds: [a], note: "同意" }, clock)).rejects.toThrow(
      "您没有执行此操作的权限。",
    );
  });

  it("adds several approved articles to an issue, each into its 栏目; one not approved is refused alone", async () => {
    const [a, b, c] = [
      await submitted(reporter, "甲"),
      await submitted(reporter, "乙"),
      await submitted(reporter, "丙"),
    ];
    await approveArticles(db, editor, { articleIds: [a, b], note: "同意" }, clock);
    await createIssue(db, editor, { number: 5, date: "2026-12-04" });
    const section = await db.section.create({ data: { name: "社区", slug: "shequ" } });
    const result = await addArticlesToIssue(
      db,
      editor,
      5,
      [
        { articleId: a, sectionId: section.id },
        { articleId: c, sectionId: null },
        { articleId: b, sectionId: null },
      ],
      clock,
    );
    expect(result.done).toEqual([a, b]);
    expect(result.refused).toEqual([{ id: c, reason: "只有已通过或待用、且未编入其他期的稿件可以编入。" }]);
    const placed = await db.article.findMany({
      where: { issue: { number: 5 } },
      orderBy: { position: "asc" },
    });
    expect(placed.map((p) => [p.id, p.sectionId, p.position])).toEqual([
      [a, section.id, 0],
      [b, null, 1],
    ]);
    expect(await db.workflowEvent.count({ where: { note: "编入第5期" } })).toBe(2);
  });
});
