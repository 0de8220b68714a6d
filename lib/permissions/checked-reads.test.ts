import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { copyRejectedArticle } from "@/lib/articles/copy-rejected-article";
import { findArticleCredits } from "@/lib/credits/find-article-credits";
import { findCreditAccounts } from "@/lib/credits/find-credit-accounts";
import type { Database } from "@/lib/db";
import { suggestIssueNumber } from "@/lib/issues/create-issue";
import { findArticleQuality, findIssueQuality, listIssueQuality } from "@/lib/quality/find-quality";
import { recordProofRound } from "@/lib/quality/record-proof-round";
import { getFlaggedTerms, getProofreadTerms, setFlaggedTerms } from "@/lib/settings/publication-settings";
import { createTestUser, docOf } from "@/lib/testing/factories";
import { createTempDatabase } from "@/lib/testing/temp-database";

// Reads the newsroom's pages make, called directly as someone who may not make them: each
// refuses, as the page does. Someone who may not see the article at all is told it does not exist.

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let reporter2: SessionUser;
let editor: SessionUser;
let admin: SessionUser;
let issueId: string;
const ids: Record<"draft" | "submitted" | "approved" | "rejected", string> = {
  draft: "",
  submitted: "",
  approved: "",
  rejected: "",
};

const FORBIDDEN = { code: "FORBIDDEN" };
const NOT_FOUND = { code: "NOT_FOUND" };

beforeAll(async () => {
  ({ db, dispose } = createTempDatabase());
  [reporter, reporter2, editor, admin] = await Promise.all([
    createTestUser(db, "REPORTER"),
    createTestUser(db, "REPORTER"),
    createTestUser(db, "EDITOR"),
    createTestUser(db, "ADMIN"),
  ]);
  issueId = (await db.issue.create({ data: { number: 7, date: "2026-11-26" } })).id;
  for (const [key, status] of [
    ["draft", "DRAFT"],
    ["submitted", "SUBMITTED"],
    ["approved", "APPROVED"],
    ["rejected", "REJECTED"],
  ] as const) {
    const article = await db.article.create({
      data: {
        headline: key,
        body: docOf("正文。"),
        status,
        authorId: reporter.id,
        charCount: 5,
      },
    });
    ids[key] = article.id;
  }
  await setFlaggedTerms(db, admin, [{ term: "旧称", replacement: "新称", note: "" }]);
}, 60_000);

afterAll(() => dispose());

describe("quality (质量统计, 校对记录): for the people who plan issues", () => {
  it("refuses a reporter the quality list, an issue's rate, and their own article's rounds", async () => {
    await expect(listIssueQuality(db, reporter, new Date())).rejects.toMatchObject(FORBIDDEN);
    await expect(findIssueQuality(db, reporter, issueId, new Date())).rejects.toMatchObject(FORBIDDEN);
    await expect(findArticleQuality(db, reporter, ids.approved, new Date())).rejects.toMatchObject(FORBIDDEN);
    await expect(findArticleQuality(db, reporter2, ids.approved, new Date())).rejects.toMatchObject(
      NOT_FOUND,
    );
  });

  it("gives an editor the list and the rounds of an approved article, not of a draft", async () => {
    expect((await listIssueQuality(db, editor, new Date())).map((i) => i.number)).toEqual([7]);
    expect(await findIssueQuality(db, editor, issueId, new Date())).toMatchObject({
      summary: { characters: 0 },
    });
    expect(await findArticleQuality(db, editor, ids.approved, new Date())).toMatchObject({ rounds: [] });
    await expect(findArticleQuality(db, editor, ids.draft, new Date())).rejects.toMatchObject(NOT_FOUND);
    await expect(findArticleQuality(db, editor, ids.submitted, new Date())).rejects.toMatchObject(FORBIDDEN);
    await expect(
      recordProofRound(db, editor, { target: { articleId: ids.submitted }, errors: [], note: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "只能对已通过的稿件记录校次。" });
    expect(await db.proofRound.count()).toBe(0);
  });
});

describe("the flagged-terms list (校对词表)", () => {
  it("is the admin's to read as a list; a reporter asking for it is refused", async () => {
    await expect(getFlaggedTerms(db, reporter)).rejects.toMatchObject(FORBIDDEN);
    await expect(getFlaggedTerms(db, editor)).rejects.toMatchObject(FORBIDDEN);
    expect(await getFlaggedTerms(db, admin)).toEqual([{ term: "旧称", replacement: "新称", note: "" }]);
  });

  it("reaches the editor of an article the person may edit, and no one else", async () => {
    expect(await getProofreadTerms(db, reporter, ids.draft)).toHaveLength(1);
    await expect(getProofreadTerms(db, reporter, ids.submitted)).rejects.toMatchObject(FORBIDDEN);
    await expect(getProofreadTerms(db, reporter2, ids.draft)).rejects.toMatchObject(NOT_FOUND);
    expect(await getProofreadTerms(db, editor, ids.submitted)).toHaveLength(1);
  });
});

describe("planning and credits", () => {
  it("suggests the next issue number to editors only", async () => {
    await expect(suggestIssueNumber(db, reporter)).rejects.toMatchObject(FORBIDDEN);
    await expect(suggestIssueNumber(db, admin)).rejects.toMatchObject(FORBIDDEN);
    expect(await suggestIssueNumber(db, editor)).toBe(8);
  });

  it("lists accounts to credit to writers, and an article's credits to those who may see it", async () => {
    await expect(findCreditAccounts(db, admin)).rejects.toMatchObject(FORBIDDEN);
    expect((await findCreditAccounts(db, reporter)).map((a) => a.id)).toContain(reporter2.id);
    await expect(findArticleCredits(db, reporter2, ids.draft)).rejects.toMatchObject(NOT_FOUND);
    await expect(findArticleCredits(db, editor, ids.draft)).rejects.toMatchObject(NOT_FOUND);
    expect(await findArticleCredits(db, reporter, ids.draft)).toEqual([]);
  });
});

describe("copying a rejected article (退稿)", () => {
  it("is the author's alone, from a rejected article only", async () => {
    const refused = { code: "FORBIDDEN", message: "只有作者本人可以复制自己的退稿。" };
    await expect(copyRejectedArticle(db, editor, ids.rejected)).rejects.toMatchObject(refused);
    await expect(copyRejectedArticle(db, reporter, ids.draft)).rejects.toMatchObject(refused);
    await expect(copyRejectedArticle(db, reporter2, ids.rejected)).rejects.toMatchObject(NOT_FOUND);
    const copy = await copyRejectedArticle(db, reporter, ids.rejected);
    expect(await db.article.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({
      status: "DRAFT",
      authorId: reporter.id,
      headline: "rejected",
    });
  });
});
