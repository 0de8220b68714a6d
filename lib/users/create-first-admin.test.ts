import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createFirstAdmin } from "./create-first-admin";
import { ensureDemoAccounts, findAccountsWithDemoPassword } from "./ensure-demo-accounts";
import { issueSetupCode } from "./setup-code";

vi.mock("@/lib/auth/password", async (original) => {
  const actual = await original<typeof import("@/lib/auth/password")>();
  return { ...actual, hashPassword: vi.fn(actual.hashPassword) };
});

let db: Database;
let dispose: () => Promise<void>;
beforeEach(() => ({ db, dispose } = createTempDatabase()));
afterEach(() => dispose());

const admin = { username: "zhuren", displayName: "主任", password: "a-long-password" };

describe("first-run setup", () => {
  it("creates the first admin with the code from the log, once", async () => {
    const code = await issueSetupCode(db);
    await expect(createFirstAdmin(db, { ...admin, code: "WRONGCODE1" })).rejects.toThrow("设置码不正确");
    expect(await db.user.count()).toBe(0);
    await createFirstAdmin(db, { ...admin, code: code.toLowerCase() });
    expect(await db.user.findUniqueOrThrow({ where: { username: "zhuren" } })).toMatchObject({
      role: "ADMIN",
    });
    await expect(createFirstAdmin(db, { ...admin, username: "second", code })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses anonymous calls before hashing the password", async () => {
    vi.mocked(hashPassword).mockClear();
    await issueSetupCode(db);
    await expect(createFirstAdmin(db, { ...admin, code: "WRONGCODE1" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await db.user.create({
      data: { username: "first", displayName: "首位", role: "ADMIN", passwordHash: "x" },
    });
    await expect(createFirstAdmin(db, { ...admin, code: "WRONGCODE1" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(hashPassword).not.toHaveBeenCalled();
  });
});

describe("demo accounts", () => {
  it("creates the six demo accounts once and finds them by their demo password", async () => {
    expect(await ensureDemoAccounts(db, "demo-pass-1")).toEqual([
      "reporter",
      "reporter2",
      "editor",
      "editor2",
      "chief",
      "admin",
    ]);
    expect(await ensureDemoAccounts(db, "demo-pass-1")).toEqual([]);
    expect(await findAccountsWithDemoPassword(db, "demo-pass-1")).toHaveLength(6);
    expect(await findAccountsWithDemoPassword(db, "another-pass")).toEqual([]);
    // Eighteen bcrypt hashes and comparisons, slow on purpose: on a busy two-core machine that
    // is several seconds.
  }, 30_000);
});
