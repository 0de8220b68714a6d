import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createFirstAdmin } from "./create-first-admin";
import { ensureDemoAccounts, findAccountsWithDemoPassword } from "./ensure-demo-accounts";
import { issueSetupCode } from "./setup-code";

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
    expect(await db.user.findUniqueOrThrow({ where: { username: "zhuren" } })).toMatchObject({ role: "ADMIN" });
    await expect(createFirstAdmin(db, { ...admin, username: "second", code })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("demo accounts", () => {
  it("creates the six demo accounts once and finds them by their demo password", async () => {
    expect(await ensureDemoAccounts(db, "demo-pass-1")).toEqual(["reporter", "reporter2", "editor", "editor2", "chief", "admin"]);
    expect(await ensureDemoAccounts(db, "demo-pass-1")).toEqual([]);
    expect(await findAccountsWithDemoPassword(db, "demo-pass-1")).toHaveLength(6);
    expect(await findAccountsWithDemoPassword(db, "another-pass")).toEqual([]);
  });
});
