import { describe, expect, it } from "vitest";
import { findDecisionNotice } from "./find-decision-notice";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 2, minute));
const event = (toStatus: string, note: string, minute: number, who = "李编辑") => ({
  toStatus,
  note,
  createdAt: at(minute),
  actor: { displayName: who },
});

describe("findDecisionNotice", () => {
  it("names the latest return, not an earlier one from a previous round", () => {
    const events = [
      event("SUBMITTED", "", 1, "张记者"),
      event("CHANGES_REQUESTED", "请补充数据。", 2),
      event("SUBMITTED", "", 3, "张记者"),
      event("CHANGES_REQUESTED", "标题过长。", 4, "王编辑"),
    ];
    expect(findDecisionNotice("CHANGES_REQUESTED", events)).toEqual({
      kind: "returned",
      who: "王编辑",
      at: at(4),
      reason: "标题过长。",
    });
  });

  it("says why an article was rejected", () => {
    const notice = findDecisionNotice("REJECTED", [
      event("SUBMITTED", "", 1),
      event("REJECTED", "重复选题。", 2),
    ]);
    expect(notice?.kind).toBe("rejected");
    expect(notice?.reason).toBe("重复选题。");
  });

  it("shows nothing once the author has resubmitted", () => {
    const events = [event("CHANGES_REQUESTED", "请补充数据。", 2), event("SUBMITTED", "", 3)];
    expect(findDecisionNotice("SUBMITTED", events)).toBeNull();
  });
});
