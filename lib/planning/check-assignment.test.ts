import { describe, expect, it } from "vitest";
import { type Assignee, type AssignmentFacts, checkAssignment } from "./check-assignment";

const person = (id: string, role = "REPORTER", active = true): Assignee => ({
  id,
  username: id,
  displayName: id,
  role,
  active,
});
const now = new Date("2026-12-01T02:00:00Z"); // 10:00 Beijing, 1 December
const facts = (overrides: Partial<AssignmentFacts> = {}): AssignmentFacts => ({
  reporters: [person("a")],
  photographer: undefined,
  deadline: new Date("2026-12-03T10:00:00Z"), // 18:00 Beijing, 3 December
  previousDeadline: null,
  issue: { number: 8, date: "2026-12-04", status: "PLANNING" },
  articleAuthorId: null,
  now,
  ...overrides,
});

describe("checkAssignment", () => {
  it("accepts reporters and a photographer with a future deadline before the issue's day", () => {
    expect(() =>
      checkAssignment(facts({ reporters: [person("a"), person("e", "EDITOR")], photographer: person("p") })),
    ).not.toThrow();
  });

  it("gives stories only to active accounts that write, once each", () => {
    expect(() => checkAssignment(facts({ reporters: [person("a"), person("a")] }))).toThrow(
      "同一名记者不能重复选择。",
    );
    expect(() => checkAssignment(facts({ reporters: [null] }))).toThrow("所选记者不存在");
    expect(() => checkAssignment(facts({ reporters: [person("x", "REPORTER", false)] }))).toThrow(
      "所选记者不存在",
    );
    expect(() => checkAssignment(facts({ reporters: [person("admin", "ADMIN")] }))).toThrow("所选记者不存在");
    expect(() => checkAssignment(facts({ photographer: null }))).toThrow("所选摄影不存在");
  });

  it("a new or changed deadline must lie ahead; an unchanged past one may stay", () => {
    const past = new Date("2026-12-01T01:59:00Z");
    expect(() => checkAssignment(facts({ deadline: past }))).toThrow("截稿时间已过");
    expect(() => checkAssignment(facts({ deadline: now }))).toThrow("截稿时间已过");
    expect(() =>
      checkAssignment(facts({ deadline: past, previousDeadline: new Date("2026-12-02T00:00:00Z") })),
    ).toThrow("截稿时间已过");
    expect(() => checkAssignment(facts({ deadline: past, previousDeadline: past }))).not.toThrow();
  });

  it("copy is due before the planned issue's Beijing day begins, and only for issues not yet published", () => {
    // 23:59 Beijing on the 3rd is still the day before; 00:00 on the 4th is the issue's day.
    expect(() => checkAssignment(facts({ deadline: new Date("2026-12-03T15:59:00Z") }))).not.toThrow();
    expect(() => checkAssignment(facts({ deadline: new Date("2026-12-03T16:00:00Z") }))).toThrow(
      "截稿时间须早于第8期的出版日（2026-12-04）。",
    );
    expect(() =>
      checkAssignment(facts({ issue: { number: 8, date: "2026-12-04", status: "PUBLISHED" } })),
    ).toThrow("第8期已经发布");
    expect(() =>
      checkAssignment(facts({ issue: null, deadline: new Date("2027-01-01T00:00:00Z") })),
    ).not.toThrow();
  });

  it("an assignment kept as it stands passes, though its deadline or issue has gone by", () => {
    const published = { number: 8, date: "2026-12-04", status: "PUBLISHED" };
    const deadline = new Date("2026-11-30T10:00:00Z");
    const unchanged = { issue: published, previousIssueNumber: 8, deadline, previousDeadline: deadline };
    expect(() => checkAssignment(facts({ ...unchanged, reporters: [person("b")] }))).not.toThrow();
    expect(() => checkAssignment(facts({ ...unchanged, previousIssueNumber: null }))).toThrow(
      "第8期已经发布",
    );
    expect(() => checkAssignment(facts({ ...unchanged, previousDeadline: null }))).toThrow("截稿时间已过");
  });

  it("the reporter who started the article stays on the assignment", () => {
    expect(() => checkAssignment(facts({ reporters: [person("b")], articleAuthorId: "a" }))).toThrow(
      "已开始写作的记者不能从派稿中去掉。",
    );
    expect(() =>
      checkAssignment(facts({ reporters: [person("b"), person("a")], articleAuthorId: "a" })),
    ).not.toThrow();
  });
});
