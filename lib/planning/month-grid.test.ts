import { describe, expect, it } from "vitest";
import { monthBounds, monthGrid, parseMonth, shiftMonth } from "./month-grid";

describe("month grid", () => {
  it("shows whole Monday-first weeks around the month", () => {
    const weeks = monthGrid("2026-12"); // 1 December 2026 is a Tuesday, the 31st a Thursday
    expect(weeks[0]).toEqual([
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(weeks.at(-1)).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
    expect(weeks).toHaveLength(5);
    expect(monthGrid("2027-02")).toHaveLength(4); // starts on a Monday, 28 days
    expect(monthGrid("2028-02").flat()).toContain("2028-02-29");
  });

  it("reads the month from the address, else today's, and steps across years", () => {
    expect(parseMonth("2026-12", "2026-11-30")).toBe("2026-12");
    expect(parseMonth("2026-13", "2026-11-30")).toBe("2026-11");
    expect(parseMonth("9999-12", "2026-11-30")).toBe("2026-11");
    expect(parseMonth("0000-01", "2026-11-30")).toBe("2026-11");
    expect(parseMonth(undefined, "2026-11-30")).toBe("2026-11");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(monthBounds("2026-12")).toEqual({ first: "2026-12-01", next: "2027-01-01" });
  });
});
