import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { createTestUser, docOf } from "@/lib/testing/factories";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { findArticleQuality, findIssueQuality, listIssueQuality } from "./find-quality";

let db: Database;
let dispose: () => Promise<void>;
let editor: SessionUser;
const publishAt = new Date("2026-11-20T00:00:00Z");
const now = new Date("2026-11-26T02:00:00Z");
const before = new Date("2026-11-19T00:00:00Z");
const after = new Date("2026-11-21T00:00:00Z");

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  editor = await createTestUser(db, "EDITOR");
});
afterEach(() => dispose());

async function publishedIssue(number: number, charCount = 5_000) {
  const issue = await db.issue.create({
    data: { number, date: "2026-11-20", status: "PUBLISHED", publishAt },
  });
  const article = await db.article.create({
    data: {
      headline: `第${number}期稿件`,
      body: docOf("正文。"),
      status: "PUBLISHED",
      publishedAt: publishAt,
      charCount,
      issueId: issue.id,
    },
  });
  return { issue, article };
}

async function round(
  where: { articleId: string } | { issueId: string },
  round: number,
  at: Date,
  errors: number,
) {
  await db.proofRound.create({
    data: {
      ...where,
      round,
      proofreaderId: editor.id,
      createdAt: at,
      errors: { create: Array.from({ length: errors }, () => ({ category: "错字", passage: "原文" })) },
    },
  });
}

describe("issue quality", () => {
  it("keeps errors caught before print apart from errors that reached readers", async () => {
    const { issue, article } = await publishedIssue(2);
    await round({ articleId: article.id }, 1, before, 2);
    await round({ issueId: issue.id }, 1, before, 1);
    await round({ issueId: issue.id }, 2, after, 1);
    await db.correction.create({ data: { articleId: article.id, note: "更正", createdAt: after } });

    const { summary, byArticle } = await findIssueQuality(db, editor, issue.id, now);
    expect(summary).toMatchObject({
      proofread: true,
      roundsBeforePrint: 2,
      caughtErrors: 3,
      printed: true,
      printErrors: 2,
      printRate: 4,
      overLimit: true,
    });
    expect(byArticle.get(article.id)).toMatchObject({ caughtErrors: 2, printErrors: 1 });
  });

  it("shows an issue without a proof round as unproofread, not as error-free", async () => {
    const { issue } = await publishedIssue(3);
    const [listed] = await listIssueQuality(db, editor, now);
    expect(listed).toMatchObject({ number: 3, proofread: false, caughtRate: null, printErrors: 0 });
    // A round recorded only after print does not make the issue proofread.
    await round({ issueId: issue.id }, 1, after, 1);
    expect((await findIssueQuality(db, editor, issue.id, now)).summary).toMatchObject({
      proofread: false,
      printErrors: 1,
    });
  });

  it("reads the article page's quality the same way", async () => {
    const { article } = await publishedIssue(4, 10_000);
    await round({ articleId: article.id }, 1, before, 5);
    await db.correction.create({ data: { articleId: article.id, note: "更正", createdAt: after } });
    const quality = await findArticleQuality(db, editor, article.id, now);
    expect(quality.summary).toMatchObject({
      caughtErrors: 5,
      caughtRate: 5,
      printErrors: 1,
      overLimit: false,
    });
    expect(quality.printedAt).toEqual(publishAt);
  });
});
