// One of two "server processes" racing on one database (concurrent-writers.test.ts runs
// two of these). It has its own connection, reads what a request reads, tells the parent it
// has read, waits until the parent says go (both have read by then), then writes, and reports
// how that ended. Run with `node --import tsx`.
import type { SessionUser } from "@/lib/auth/roles";
import { saveArticle } from "@/lib/articles/save-article";
import { openDatabase } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { arrangeIssue } from "@/lib/issues/arrange-issue";
import { commitIssueChange } from "@/lib/issues/commit-issue-change";
import { planIssueSchedule } from "@/lib/issues/schedule-issue";
import { planIssueWithdrawal } from "@/lib/issues/withdraw-issue";
import { docOf } from "@/lib/testing/factories";
import { commitTransition, prepareTransition } from "@/lib/workflow/transition-article";

export type RaceTask =
  | { kind: "approve" | "republish"; articleId: string; note: string }
  | { kind: "save"; articleId: string; text: string }
  | { kind: "schedule"; number: number }
  | { kind: "withdraw"; number: number; reason?: string }
  | { kind: "file"; number: number; articleId: string };

export interface RaceOrder {
  databaseUrl: string;
  user: SessionUser;
  /** The moment both requests happen at (ms). */
  now: number;
  task: RaceTask;
}

export type RaceMessage =
  { type: "read" } | { type: "done"; ok: true } | { type: "done"; ok: false; code: string; message: string };

const send = (message: RaceMessage) =>
  new Promise<void>((resolve) => process.send!(message, () => resolve()));
const go = () => new Promise<void>((resolve) => process.once("message", () => resolve()));

/** The read half of the task; returns its write half. */
async function read(order: RaceOrder, db: ReturnType<typeof openDatabase>): Promise<() => Promise<unknown>> {
  const { task, user } = order;
  const now = new Date(order.now);
  const clock = () => now;
  switch (task.kind) {
    case "approve":
    case "republish": {
      const prepared = await prepareTransition(
        db,
        user,
        { articleId: task.articleId, action: task.kind, note: task.note },
        now,
      );
      return () => commitTransition(db, prepared, clock);
    }
    case "save": {
      // The editor's page: the version the text on screen starts from.
      const { version, headline } = await db.article.findUniqueOrThrow({ where: { id: task.articleId } });
      return () =>
        saveArticle(
          db,
          user,
          { id: task.articleId, version, headline, subtitle: "", sectionId: null, body: docOf(task.text) },
          clock,
        );
    }
    case "schedule": {
      const plan = await planIssueSchedule(db, user, task.number, "now", now);
      return () => commitIssueChange(db, plan);
    }
    case "withdraw": {
      const plan = await planIssueWithdrawal(db, user, task.number, task.reason ?? "", now);
      return () => commitIssueChange(db, plan);
    }
    case "file":
      // Arranging reads and writes in one transaction: nothing to read before.
      return () =>
        arrangeIssue(
          db,
          user,
          task.number,
          { kind: "add", articleId: task.articleId, sectionId: null },
          clock,
        );
  }
}

async function main() {
  const order = JSON.parse(process.argv[2]) as RaceOrder;
  const db = openDatabase(order.databaseUrl);
  try {
    const write = await read(order, db);
    await send({ type: "read" });
    await go();
    await write();
    await send({ type: "done", ok: true });
  } catch (error) {
    const code = error instanceof AppError ? error.code : "UNEXPECTED";
    await send({ type: "done", ok: false, code, message: String((error as Error).message) });
  } finally {
    await db.$disconnect();
    process.disconnect();
  }
}

void main();
