import { describe, expect, it } from "vitest";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { availableDecisions, checkPitchDecision } from "./pitch-decisions";

const user = (role: Role): SessionUser => ({ id: `u-${role}`, username: role, displayName: role, role });
const editor = user("EDITOR");

describe("pitch decisions", () => {
  it("only editors and the chief editor decide: not a reporter (even on their own pitch), not the admin", () => {
    for (const role of ["REPORTER", "ADMIN"] as const) {
      expect(() =>
        checkPitchDecision("accept", { status: "PROPOSED", hasArticle: false, actor: user(role), note: "" }),
      ).toThrow("只有编辑或主编可以决定选题。");
      expect(availableDecisions({ status: "PROPOSED", hasArticle: false, actor: user(role) })).toEqual([]);
    }
    for (const role of ["EDITOR", "CHIEF_EDITOR"] as const) {
      expect(
        checkPitchDecision("accept", { status: "PROPOSED", hasArticle: false, actor: user(role), note: "" }),
      ).toBe("ACCEPTED");
    }
  });

  it("what each state offers: a proposal everything, a parked pitch a yes or a no, a declined one nothing", () => {
    const offered = (status: string, hasArticle = false) =>
      availableDecisions({ status, hasArticle, actor: editor });
    expect(offered("PROPOSED")).toEqual(["accept", "decline", "park"]);
    expect(offered("PARKED")).toEqual(["accept", "decline"]);
    expect(offered("ACCEPTED")).toEqual(["decline"]);
    expect(offered("ACCEPTED", true)).toEqual([]);
    expect(offered("DECLINED")).toEqual([]);
  });

  it("declining needs a reason; accepting and parking do not", () => {
    const ctx = { status: "PROPOSED", hasArticle: false, actor: editor };
    expect(() => checkPitchDecision("decline", { ...ctx, note: "  " })).toThrow("请填写不采纳的理由。");
    expect(checkPitchDecision("decline", { ...ctx, note: "上周已报道" })).toBe("DECLINED");
    expect(checkPitchDecision("park", { ...ctx, note: "" })).toBe("PARKED");
  });

  it("an accepted pitch whose article was started cannot be dropped: the article's workflow decides", () => {
    expect(() =>
      checkPitchDecision("decline", { status: "ACCEPTED", hasArticle: true, actor: editor, note: "不做了" }),
    ).toThrow("稿件已经开始写作");
  });

  it("a decision the state does not allow says so", () => {
    expect(() =>
      checkPitchDecision("accept", { status: "ACCEPTED", hasArticle: false, actor: editor, note: "" }),
    ).toThrow("选题当前状态不能“采纳”");
  });
});
