import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { findSessionUser } from "./find-session-user";
import { revokeSession } from "./revoke-session";
import { SESSION_MAX_AGE_S, type SessionClaims } from "./session-claims";

let db: Database;
let openAnother: () => Database;
let dispose: () => Promise<void>;
beforeEach(() => ({ db, openAnother, dispose } = createTempDatabase()));
afterEach(() => dispose());

const signIn = Date.parse("2026-11-26T08:00:00Z");
const at = (seconds: number) => new Date(signIn + seconds * 1000);

async function session(sessionId: string): Promise<SessionClaims> {
  const user =
    (await db.user.findUnique({ where: { username: "jizhe" } })) ??
    (await db.user.create({
      data: { username: "jizhe", displayName: "记者", role: "REPORTER", passwordHash: "x" },
    }));
  return { userId: user.id, sessionVersion: user.sessionVersion, sessionId, signedInAt: signIn / 1000 };
}

describe("session check", () => {
  it("refuses a signed-out session's token at once, and only that session's", async () => {
    const laptop = await session("laptop");
    const phone = await session("phone");
    expect(await findSessionUser(db, laptop, at(60))).toMatchObject({ username: "jizhe" });
    await revokeSession(db, laptop, at(120));
    expect(await findSessionUser(db, laptop, at(121))).toBeNull();
    expect(await findSessionUser(db, phone, at(121))).toMatchObject({ username: "jizhe" });
  });

  it("refuses a session signed out on another server instance", async () => {
    const laptop = await session("laptop");
    const otherInstance = openAnother();
    expect(await findSessionUser(otherInstance, laptop, at(60))).toMatchObject({ username: "jizhe" });
    await revokeSession(db, laptop, at(120));
    expect(await findSessionUser(otherInstance, laptop, at(121))).toBeNull();
    await otherInstance.$disconnect();
  });

  it("ends a session a working day after signing in, however often its token was refreshed", async () => {
    const claims = await session("s");
    expect(await findSessionUser(db, claims, at(SESSION_MAX_AGE_S - 1))).not.toBeNull();
    expect(await findSessionUser(db, claims, at(SESSION_MAX_AGE_S))).toBeNull();
  });

  it("refuses a session from before a password reset", async () => {
    const claims = await session("s");
    await db.user.update({ where: { id: claims.userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await findSessionUser(db, claims, at(60))).toBeNull();
  });

  it("forgets revoked sessions once they would have ended anyway", async () => {
    await revokeSession(db, await session("old"), at(60));
    await revokeSession(db, await session("old"), at(61));
    expect(await db.revokedSession.count()).toBe(1);
    await revokeSession(
      db,
      { sessionId: "new", signedInAt: signIn / 1000 + SESSION_MAX_AGE_S },
      at(SESSION_MAX_AGE_S),
    );
    expect(await db.revokedSession.findMany({ select: { id: true } })).toEqual([{ id: "new" }]);
  });
});
