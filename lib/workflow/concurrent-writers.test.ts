import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { STALE_SAVE_MESSAGE } from "@/lib/articles/save-article";
import type { Database } from "@/lib/db";
import { arrangeIssue } from "@/lib/issues/arrange-issue";
import { ISSUE_CHANGED_MEANWHILE } from "@/lib/issues/commit-issue-change";
import { createIssue } from "@/lib/issues/create-issue";
import { scheduleIssue } from "@/lib/issues/schedule-issue";
import type { RaceMessage, RaceTask } from "@/lib/testing/race-worker";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, docOf, submittedArticle } from "@/lib/testing/factories";
import { CHANGED_MEANWHILE } from "./apply-article-change";
import { transitionArticle } from "./transition-article";

// Real concurrency: two processes, each with its own connection to one database (an SQLite file,
// or a PostgreSQL schema when TEST_DATABASE_URL is set), as two server processes
// (WEB_CONCURRENCY) or two instances are. Each reads what its request reads; only when both
// have read does either write. Run inside one process, the client serialises the two whole
// requests instead, and a missing guard goes unnoticed.

const WORKER = path.resolve(__dirname, "..", "testing", "race-worker.ts");
const NOW = Date.parse("2026-11-26T00:00:00Z");
const clock = () => new Date(NOW);

let db: Database;
let url: string;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let editor: SessionUser;
let editor2: SessionUser;

beforeEach(async () => {
  ({ db, url, dispose } = createTempDatabase());
  [reporter, editor, editor2] = [
    await createTestUser(db, "REPORTER"),
    await createTestUser(db, "EDITOR"),
    await createTestUser(db, "EDITOR"),
  ];
});
afterEach(() => dispose());

type Outcome = Extract<RaceMessage, { type: "done" }>;

function messages(child: ChildProcess) {
  const read = new Promise<void>((resolve, reject) => {
    child.once("message", (message: RaceMessage) =>
      message.type === "read" ? resolve() : reject(new Error(`读取阶段失败：${JSON.stringify(message)}`)),
    );
  });
  const done = new Promise<Outcome>((resolve, reject) => {
    child.on("message", (message: RaceMessage) => message.type === "done" && resolve(message));
    // "close" comes after every message of the IPC channel has been delivered; "exit" may not.
    child.on("close", (code) => reject(new Error(`race worker ended with ${code} without an answer`)));
  });
  // A worker that fails while reading never reports done: that failure is the one to show.
  done.catch(() => undefined);
  return { read, done };
}

/**
 * Runs the requests in processes of their own; all read before any writes. They then write at
 * once, or (`inTurn`) one after the other in the order given.
 */
async function run(runs: [SessionUser, RaceTask][], inTurn: boolean): Promise<Outcome[]> {
  const children = runs.map(([user, task]) =>
    fork(WORKER, [JSON.stringify({ databaseUrl: url, user, now: NOW + 1000, task })], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  const watched = children.map(messages);
  try {
    await Promise.all(watched.map((w) => w.read));
    if (!inTurn) {
      for (const child of children) child.send("go");
      return await Promise.all(watched.map((w) => w.done));
    }
    const outcomes = [];
    for (const [index, child] of children.entries()) {
      child.send("go");
      outcomes.push(await watched[index].done);
    }
    return outcomes;
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}

const race = (...runs: [SessionUser, RaceTask][]) => run(runs, false);
const inTurn = (...runs: [SessionUser, RaceTask][]) => run(runs, true);

/** Exactly one request went through; the other was refused as a conflict with this message. */
function expectOneWinner(outcomes: Outcome[], message: string): number {
  expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
  expect(outcomes.find((o) => !o.ok)).toMatchObject({ ok: false, code: "CONFLICT", message });
  return outcomes.findIndex((o) => o.ok);
}

async function approved(headline: string): Promise<string> {
  const id = await submitted(headline);
  await transitionArticle(db, editor, { articleId: id, action: "approve", note: "同意" }, clock);
  return id;
}

/** Issue 5, scheduled an hour ahead with these articles in it. */
async function scheduledIssue(headlines: string[]): Promise<string[]> {
  await createIssue(db, editor, { number: 5, date: "2026-11-26" });
  const ids = [];
  for (const headline of headlines) {
    const id = await approved(headline);
    await arrangeIssue(db, editor, 5, { kind: "add", articleId: id, sectionId: null }, clock);
    ids.push(id);
  }
  await scheduleIssue(db, editor, 5, new Date(NOW + 3_600_000), clock);
  return ids;
}

const submitted = (headline: string) =>
  submittedArticle(db, reporter, { headline, text: `本报讯 ${headline}。` }, clock);

describe("two server processes at once", () => {
  it("two approvals of the same stage: one approval, one clear refusal", { timeout: 60_000 }, async () => {
    const id = await submitted("网格员培训");
    const outcomes = await race(
      [editor, { kind: "approve", articleId: id, note: "甲同意" }],
      [editor2, { kind: "approve", articleId: id, note: "乙同意" }],
    );
    const winner = expectOneWinner(outcomes, CHANGED_MEANWHILE);
    const approvals = await db.workflowEvent.findMany({ where: { articleId: id, stage: 1 } });
    expect(approvals.map((e) => [e.actorId, e.note])).toEqual([
      [[editor, editor2][winner].id, ["甲同意", "乙同意"][winner]],
    ]);
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "APPROVED",
      reviewStage: 1,
    });
    expect(
      await db.notification.count({ where: { userId: reporter.id, message: { contains: "审核通过" } } }),
    ).toBe(1);
  });

  it(
    "two saves from the same version: one is kept, the other refused, nothing overwritten",
    { timeout: 60_000 },
    async () => {
      const id = await submitted("网格员培训");
      const before = await db.article.findUniqueOrThrow({ where: { id } });
      const outcomes = await race(
        [editor, { kind: "save", articleId: id, text: "甲编辑改过的文字。" }],
        [editor2, { kind: "save", articleId: id, text: "乙编辑改过的文字。" }],
      );
      const winner = expectOneWinner(outcomes, STALE_SAVE_MESSAGE);
      const after = await db.article.findUniqueOrThrow({ where: { id } });
      expect(after.version).toBe(before.version + 1);
      expect(after.body).toEqual(docOf(["甲编辑改过的文字。", "乙编辑改过的文字。"][winner]));
      const latest = await db.revision.findFirstOrThrow({
        where: { articleId: id },
        orderBy: { number: "desc" },
      });
      expect(latest.body).toEqual(after.body);
    },
  );

  it(
    "scheduling and withdrawing an issue: one of them, and the issue and its articles agree",
    { timeout: 60_000 },
    async () => {
      const ids = await scheduledIssue(["甲稿", "乙稿"]);
      const eventsBefore = await db.workflowEvent.count();

      const outcomes = await race(
        [editor, { kind: "schedule", number: 5 }],
        [editor2, { kind: "withdraw", number: 5 }],
      );
      const winner = expectOneWinner(outcomes, ISSUE_CHANGED_MEANWHILE);
      const issue = await db.issue.findUniqueOrThrow({ where: { number: 5 }, include: { articles: true } });
      const [issueStatus, articleStatus] = [
        ["PUBLISHED", "PUBLISHED"],
        ["PLANNING", "APPROVED"],
      ][winner];
      expect(issue.status).toBe(issueStatus);
      expect(issue.articles.map((a) => a.status)).toEqual([articleStatus, articleStatus]);
      expect(await db.workflowEvent.count()).toBe(eventsBefore + ids.length);
    },
  );

  it("an article filed into a scheduled issue after its withdrawal was read: the withdrawal is refused", async () => {
    await scheduledIssue(["甲稿"]);
    const late = await approved("补稿");
    // Both read; the article goes in (scheduled with the issue) first, then the withdrawal,
    // planned without it, tries to write.
    const outcomes = await inTurn(
      [editor, { kind: "file", number: 5, articleId: late }],
      [editor2, { kind: "withdraw", number: 5 }],
    );
    expect(outcomes).toMatchObject([
      { ok: true },
      { ok: false, code: "CONFLICT", message: ISSUE_CHANGED_MEANWHILE },
    ]);
    const issue = await db.issue.findUniqueOrThrow({ where: { number: 5 }, include: { articles: true } });
    expect(issue.status).toBe("SCHEDULED");
    expect(issue.articles.map((a) => a.status)).toEqual(["SCHEDULED", "SCHEDULED"]);
  }, 60_000);

  it("an article republished after a withdrawal of its issue was read: the withdrawal is refused", async () => {
    const [kept, pulled] = await scheduledIssue(["甲稿", "乙稿"]);
    await scheduleIssue(db, editor, 5, "now", clock);
    await transitionArticle(db, editor, { articleId: pulled, action: "unpublish", note: "核实中" }, clock);
    // The withdrawal plans to take down the one published article; meanwhile the other is
    // put back online. Written, the issue would be withdrawn around a published article.
    const outcomes = await inTurn(
      [editor, { kind: "republish", articleId: pulled, note: "" }],
      [editor2, { kind: "withdraw", number: 5, reason: "整期撤下" }],
    );
    expect(outcomes).toMatchObject([
      { ok: true },
      { ok: false, code: "CONFLICT", message: ISSUE_CHANGED_MEANWHILE },
    ]);
    const issue = await db.issue.findUniqueOrThrow({ where: { number: 5 }, include: { articles: true } });
    expect(issue.status).toBe("PUBLISHED");
    expect(issue.articles.map((a) => [a.id, a.status]).sort()).toEqual(
      [
        [kept, "PUBLISHED"],
        [pulled, "PUBLISHED"],
      ].sort(),
    );
  }, 60_000);
});
