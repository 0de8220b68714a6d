import { afterEach, beforeEach, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createArticle } from "@/lib/articles/create-article";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser } from "@/lib/testing/factories";
import { markNotificationsRead } from "./list-notifications";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let other: SessionUser;
const at = new Date("2026-12-01T02:00:00Z");

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  [reporter, other] = await Promise.all([createTestUser(db, "REPORTER"), createTestUser(db, "REPORTER")]);
});
afterEach(() => dispose());

it("marks the chosen notices read, and never anyone else's even when their ids are sent", async () => {
  const { id: articleId } = await createArticle(db, reporter);
  const notice = (userId: string, message: string) =>
    db.notification.create({ data: { userId, articleId, message }, select: { id: true } });
  const [a, b, c] = await Promise.all([
    notice(reporter.id, "甲"),
    notice(reporter.id, "乙"),
    notice(reporter.id, "丙"),
  ]);
  const theirs = await notice(other.id, "别人的");
  await markNotificationsRead(db, reporter, [a.id, c.id, theirs.id], () => at);
  const read = await db.notification.findMany({ where: { readAt: { not: null } }, select: { id: true } });
  expect(read.map((n) => n.id).sort()).toEqual([a.id, c.id].sort());
  expect((await db.notification.findUniqueOrThrow({ where: { id: b.id } })).readAt).toBeNull();
});
