import { describe, expect, it } from "vitest";
import { type AssignmentSummary, describeAssignment, describeAssignmentChanges } from "./describe-assignment";
import { defaultDeadline, toBeijingInput } from "./deadline-input";

const before: AssignmentSummary = {
  reporters: ["鲁燕"],
  photographer: null,
  deadline: new Date("2026-12-03T10:00:00Z"),
  targetChars: 1000,
  issueNumber: 8,
  section: "要闻",
};

describe("assignment notes in the pitch timeline", () => {
  it("a new assignment says everything agreed, in Beijing time", () => {
    expect(describeAssignment(before)).toBe(
      "记者 鲁燕；摄影 无；截稿 2026/12/03 18:00；目标字数 1,000；刊期 第8期；栏目 要闻",
    );
  });

  it("a change says only what changed", () => {
    const after = { ...before, reporters: ["鲁燕", "王畅"], deadline: new Date("2026-12-03T04:00:00Z") };
    expect(describeAssignmentChanges(before, after)).toBe(
      "记者 鲁燕 → 鲁燕、王畅；截稿 2026/12/03 18:00 → 2026/12/03 12:00",
    );
    expect(describeAssignmentChanges(before, { ...before })).toBe("");
  });
});

describe("deadlines in the form", () => {
  it("shows an instant in Beijing time, and proposes 18:00 tomorrow by default", () => {
    expect(toBeijingInput(new Date("2026-12-03T10:00:00Z"))).toBe("2026-12-03T18:00");
    expect(toBeijingInput(new Date("2026-12-03T10:00:07Z"))).toBe("2026-12-03T18:00:07");
    expect(defaultDeadline(new Date("2026-12-01T15:30:00Z"))).toBe("2026-12-02T18:00"); // 23:30 on the 1st
    // 00:30 Beijing on the 2nd: tomorrow is the 3rd, though it is still the 1st in UTC.
    expect(defaultDeadline(new Date("2026-12-01T16:30:00Z"))).toBe("2026-12-03T18:00");
  });
});
