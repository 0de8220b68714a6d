import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./login-throttle";

function setup() {
  let now = Date.parse("2026-11-26T08:00:00Z");
  const throttle = new LoginThrottle({ maxFailures: 5, windowMs: 15 * 60_000 }, () => new Date(now));
  return { throttle, advance: (ms: number) => (now += ms) };
}

describe("LoginThrottle", () => {
  it("lets four failures pass and refuses after the fifth", () => {
    const { throttle } = setup();
    for (let i = 0; i < 4; i++) throttle.recordFailure("editor");
    expect(throttle.retryAfterMs("editor")).toBe(0);
    throttle.recordFailure("editor");
    expect(throttle.retryAfterMs("editor")).toBe(15 * 60_000);
  });

  it("opens again when the oldest counted failure leaves the window", () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 5; i++) {
      throttle.recordFailure("editor");
      advance(60_000);
    }
    expect(throttle.retryAfterMs("editor")).toBe(10 * 60_000);
    advance(10 * 60_000);
    expect(throttle.retryAfterMs("editor")).toBe(0);
  });

  it("keeps keys apart and forgets a key on success", () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) throttle.recordFailure("editor");
    expect(throttle.retryAfterMs("reporter")).toBe(0);
    throttle.reset("editor");
    expect(throttle.retryAfterMs("editor")).toBe(0);
  });
});
