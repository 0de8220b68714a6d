import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { LoginThrottle } from "./login-throttle";

let db: Database;
let openAnother: () => Database;
let dispose: () => Promise<void>;
beforeEach(() => ({ db, openAnother, dispose } = createTempDatabase()));
afterEach(() => dispose());

function setup() {
  let now = Date.parse("2026-11-26T08:00:00Z");
  const clock = () => new Date(now);
  const throttle = new LoginThrottle(db, "account", { maxFailures: 5, windowMs: 15 * 60_000 }, clock);
  return { throttle, clock, advance: (ms: number) => (now += ms) };
}

describe("LoginThrottle", () => {
  it("lets four failures pass and refuses after the fifth", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 4; i++) await throttle.recordFailure("editor");
    expect(await throttle.retryAfterMs("editor")).toBe(0);
    await throttle.recordFailure("editor");
    expect(await throttle.retryAfterMs("editor")).toBe(15 * 60_000);
  });

  it("opens again when the oldest counted failure leaves the window", async () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 5; i++) {
      await throttle.recordFailure("editor");
      advance(60_000);
    }
    expect(await throttle.retryAfterMs("editor")).toBe(10 * 60_000);
    advance(10 * 60_000);
    expect(await throttle.retryAfterMs("editor")).toBe(0);
  });

  it("keeps keys and limits apart and forgets a key on success", async () => {
    const { throttle, clock } = setup();
    for (let i = 0; i < 5; i++) await throttle.recordFailure("editor");
    expect(await throttle.retryAfterMs("reporter")).toBe(0);
    expect(
      await new LoginThrottle(db, "address", { maxFailures: 5, windowMs: 15 * 60_000 }, clock).retryAfterMs(
        "editor",
      ),
    ).toBe(0);
    await throttle.reset("editor");
    expect(await throttle.retryAfterMs("editor")).toBe(0);
  });

  it("counts the failures every server process and instance saw", async () => {
    const { clock } = setup();
    const limits = { maxFailures: 5, windowMs: 15 * 60_000 };
    // Two instances (two clients, as two servers have) on the one database, attempts alternating.
    const otherInstance = openAnother();
    const instances = [
      new LoginThrottle(db, "account", limits, clock),
      new LoginThrottle(otherInstance, "account", limits, clock),
    ];
    for (let i = 0; i < 5; i++) await instances[i % 2].recordFailure("editor");
    expect(await instances[0].retryAfterMs("editor")).toBeGreaterThan(0);
    expect(await instances[1].retryAfterMs("editor")).toBeGreaterThan(0);
    await otherInstance.$disconnect();
  });

  it("deletes failures older than the window as new ones come", async () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 3; i++) await throttle.recordFailure(`name-${i}`);
    advance(15 * 60_000);
    await throttle.recordFailure("editor");
    expect(await db.loginFailure.count()).toBe(1);
  });
});
