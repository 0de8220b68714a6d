import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

/** The longest the event loop went without running a 5 ms timer while `work` ran. */
async function longestStall(work: Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  await work;
  clearInterval(timer);
  return longest;
}

describe("password hashing", () => {
  it("verifies what it hashed", async () => {
    const hash = await hashPassword("a-long-password");
    expect(await verifyPassword("a-long-password", hash)).toBe(true);
    expect(await verifyPassword("another-password", hash)).toBe(false);
  });

  // bcryptjs runs on the event loop: twelve sign-ins at once must not hold every other request
  // for twelve of its 100 ms slices at a time.
  it("keeps the server responsive while many sign-ins are checked at once", async () => {
    const hash = await hashPassword("a-long-password");
    const stall = await longestStall(
      Promise.all(Array.from({ length: 12 }, () => verifyPassword("wrong-password", hash))),
    );
    expect(stall).toBeLessThan(300);
    // Thirteen deliberately slow hashes: several seconds on a busy two-core machine.
  }, 30_000);
});
