import { describe, expect, it } from "vitest";
import { shanghaiDate, startOfShanghaiDay } from "./shanghai";

describe("Beijing dates", () => {
  it("a correction at 01:11 on the 27th Beijing time is dated the 27th, whatever the server's zone", () => {
    expect(shanghaiDate(new Date("2026-11-26T17:11:00Z"))).toBe("2026-11-27");
    expect(shanghaiDate(new Date("2026-11-26T15:59:59Z"))).toBe("2026-11-26");
  });

  it("a Beijing day starts at 16:00 UTC the day before", () => {
    expect(startOfShanghaiDay("2026-11-27").toISOString()).toBe("2026-11-26T16:00:00.000Z");
  });
});
