import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { type SignInThrottles, authenticate } from "./authenticate";
import { LoginThrottle } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";

vi.mock("./password", async (original) => {
  const actual = await original<typeof import("./password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

let db: Database;
let dispose: () => Promise<void>;
let throttles: SignInThrottles;
beforeEach(() => {
  ({ db, dispose } = createTempDatabase());
  const clock = () => new Date("2026-11-26T08:00:00Z");
  throttles = {
    account: new LoginThrottle(db, "account", { maxFailures: 5, windowMs: 15 * 60_000 }, clock),
    address: new LoginThrottle(db, "address", { maxFailures: 30, windowMs: 15 * 60_000 }, clock),
  };
});
afterEach(() => dispose());

const attacker = "198.51.100.66";
const office = "203.0.113.10";

async function addEditor() {
  await db.user.create({
    data: {
      username: "editor",
      displayName: "编辑",
      role: "EDITOR",
      passwordHash: await hashPassword("right-password"),
    },
  });
}

const attempt = (username: string, password: string, address: string) =>
  authenticate(db, { username, password, address }, throttles);

describe("sign-in limits", () => {
  it("locks out the address guessing a password, not the account's owner elsewhere", async () => {
    await addEditor();
    for (let i = 0; i < 5; i++)
      await expect(attempt("editor", `guess-${i}`, attacker)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    await expect(attempt("editor", "right-password", attacker)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    await expect(attempt("Editor", "right-password", office)).resolves.toMatchObject({ username: "editor" });
  }, 30_000);

  it("locks out an address trying many accounts, and nobody else", async () => {
    await addEditor();
    for (let i = 0; i < 30; i++)
      await expect(attempt(`name-${i}`, "guess", attacker)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    await expect(attempt("editor", "right-password", attacker)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
    await expect(attempt("editor", "right-password", office)).resolves.toMatchObject({ username: "editor" });
  }, 30_000);

  it("refuses a locked-out attempt without checking the password", async () => {
    for (let i = 0; i < 5; i++) await attempt("editor", "guess", attacker).catch(() => {});
    vi.mocked(verifyPassword).mockClear();
    await expect(attempt("editor", "guess", attacker)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(verifyPassword).not.toHaveBeenCalled();
  });
});
