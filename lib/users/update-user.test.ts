import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { LoginThrottle } from "@/lib/auth/login-throttle";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser } from "@/lib/testing/factories";
import { createUser } from "./create-user";
import { updateUser } from "./update-user";

let db: Database;
let dispose: () => Promise<void>;
let admin: SessionUser;
const throttles = () => ({
  account: new LoginThrottle(db, "account", { maxFailures: 5, windowMs: 900_000 }, () => new Date()),
  address: new LoginThrottle(db, "address", { maxFailures: 30, windowMs: 900_000 }, () => new Date()),
});
const signIn = (username: string, password: string, t = throttles()) =>
  authenticate(db, { username, password, address: "test" }, t);

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  admin = await createTestUser(db, "ADMIN");
});
afterEach(() => dispose());

describe("account administration", () => {
  it("creates an account that can sign in, and records who did it", async () => {
    await createUser(db, admin, {
      username: "liuyang",
      displayName: "刘洋",
      role: "REPORTER",
      password: "secret-pass",
    });
    await expect(signIn("LiuYang", "secret-pass")).resolves.toMatchObject({
      username: "liuyang",
      role: "REPORTER",
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "user.create" } });
    expect(audit).toMatchObject({ actorId: admin.id, detail: expect.stringContaining("liuyang") });
  });

  it("refuses a second account with the same name", async () => {
    const input = {
      username: "liuyang",
      displayName: "刘洋",
      role: "REPORTER" as const,
      password: "secret-pass",
    };
    await createUser(db, admin, input);
    await expect(createUser(db, admin, input)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("stops a deactivated account from signing in and invalidates its sessions", async () => {
    const reporter = await createTestUser(db, "REPORTER");
    await updateUser(db, admin, reporter.id, { kind: "active", active: false });
    await expect(signIn(reporter.username, "password123")).rejects.toThrow("已停用");
    expect((await db.user.findUniqueOrThrow({ where: { id: reporter.id } })).sessionVersion).toBe(1);
  });

  it("does not let an admin remove their own admin role or deactivate themselves", async () => {
    await expect(updateUser(db, admin, admin.id, { kind: "role", role: "EDITOR" })).rejects.toThrow(
      "不能取消自己的管理员角色",
    );
    await expect(updateUser(db, admin, admin.id, { kind: "active", active: false })).rejects.toThrow(
      "不能停用自己的账号",
    );
  });

  it("is refused to anyone but an admin", async () => {
    const editor = await createTestUser(db, "EDITOR");
    await expect(updateUser(db, editor, admin.id, { kind: "role", role: "REPORTER" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      createUser(db, editor, { username: "x1x", displayName: "x", role: "ADMIN", password: "password123" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("authenticate", () => {
  it("locks an account name after five failures, even for the right password", async () => {
    const reporter = await createTestUser(db, "REPORTER");
    const t = throttles();
    for (let i = 0; i < 5; i++)
      await expect(signIn(reporter.username, "wrong", t)).rejects.toThrow("用户名或密码错误");
    await expect(signIn(reporter.username, "password123", t)).rejects.toThrow("登录失败次数过多");
  });
});
