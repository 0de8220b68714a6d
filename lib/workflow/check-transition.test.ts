import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { type TransitionContext, checkTransition } from "./check-transition";
import { ARTICLE_STATES } from "./states";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "./transitions";

const AUTHOR = { id: "reporter", role: "REPORTER" as Role };
const EDITOR = { id: "editor", role: "EDITOR" as Role };
const EDITOR2 = { id: "editor2", role: "EDITOR" as Role };
const CHIEF = { id: "chief", role: "CHIEF_EDITOR" as Role };

const ctx = (overrides: Partial<TransitionContext>): TransitionContext => ({
  status: "SUBMITTED",
  reviewStage: 0,
  stages: 1,
  authorId: AUTHOR.id,
  actor: EDITOR,
  approverIds: [],
  note: "意见",
  ...overrides,
});

/** Every legal transition (from → to) and who takes it in this test. */
const LEGAL: Record<WorkflowAction, { from: string[]; to: string; actor: TransitionContext["actor"] }> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED", actor: AUTHOR },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", actor: AUTHOR },
  approve: { from: ["SUBMITTED"], to: "APPROVED", actor: EDITOR },
  requestChanges: { from: ["SUBMITTED"], to: "CHANGES_REQUESTED", actor: EDITOR },
  hold: { from: ["SUBMITTED", "APPROVED"], to: "HELD", actor: EDITOR },
  release: { from: ["HELD"], to: "APPROVED", actor: EDITOR },
  reject: { from: ["SUBMITTED", "HELD"], to: "REJECTED", actor: EDITOR },
  schedule: { from: ["APPROVED", "HELD"], to: "SCHEDULED", actor: EDITOR },
  unschedule: { from: ["SCHEDULED"], to: "APPROVED", actor: EDITOR },
  publish: { from: ["APPROVED", "HELD", "SCHEDULED"], to: "PUBLISHED", actor: EDITOR },
  unpublish: { from: ["PUBLISHED"], to: "UNPUBLISHED", actor: EDITOR },
  republish: { from: ["UNPUBLISHED"], to: "PUBLISHED", actor: EDITOR },
};

describe("the workflow table: every action from every state", () => {
  for (const action of WORKFLOW_ACTIONS) {
    for (const status of ARTICLE_STATES) {
      const { from, to, actor } = LEGAL[action];
      if (from.includes(status)) {
        it(`${action}: ${status} → ${to}`, () => {
          expect(checkTransition(action, ctx({ status, actor })).to).toBe(to);
        });
      } else {
        it(`${action} is refused from ${status}`, () => {
          expect(() => checkTransition(action, ctx({ status, actor }))).toThrow("稿件当前状态不能执行");
        });
      }
    }
  }
});

describe("who may take a transition", () => {
  it("only the author submits and withdraws", () => {
    expect(() => checkTransition("submit", ctx({ status: "DRAFT", actor: EDITOR }))).toThrow("只有作者本人");
    expect(() => checkTransition("withdraw", ctx({ actor: { id: "reporter2", role: "REPORTER" } }))).toThrow(
      "只有作者本人",
    );
  });

  it("a reporter cannot approve, request changes, hold or reject", () => {
    const reporter2 = { id: "reporter2", role: "REPORTER" as Role };
    for (const action of ["approve", "requestChanges", "hold", "reject"] as const) {
      expect(() => checkTransition(action, ctx({ actor: reporter2 }))).toThrow("只有编辑或主编可以审稿");
    }
    expect(() => checkTransition("publish", ctx({ status: "APPROVED", actor: reporter2 }))).toThrow(
      "只有编辑或主编",
    );
  });

  it("a reporter takes no editorial transition on someone else's article, and an admin takes none at all", () => {
    const reporter2 = { id: "reporter2", role: "REPORTER" as Role };
    const admin = { id: "admin", role: "ADMIN" as Role };
    for (const action of WORKFLOW_ACTIONS) {
      const status = LEGAL[action].from[0];
      if (action !== "submit" && action !== "withdraw")
        expect(() => checkTransition(action, ctx({ status, actor: reporter2 })), action).toThrow(
          "只有编辑或主编",
        );
      expect(
        () => checkTransition(action, ctx({ status, actor: admin, authorId: admin.id })),
        action,
      ).toThrow(/只有/);
    }
  });

  it("nobody reviews their own article", () => {
    expect(() => checkTransition("approve", ctx({ authorId: EDITOR.id }))).toThrow("不能审核自己的稿件");
  });

  it("asks for an opinion on approval and a reason for returning or rejecting", () => {
    expect(() => checkTransition("approve", ctx({ note: " " }))).toThrow("请填写审稿意见");
    expect(() => checkTransition("requestChanges", ctx({ note: "" }))).toThrow("请填写“退回修改”的理由");
    expect(() => checkTransition("reject", ctx({ note: "" }))).toThrow("请填写“退稿”的理由");
    expect(checkTransition("hold", ctx({ note: "" })).to).toBe("HELD");
  });
});

describe("review stages (三审)", () => {
  it("with one stage, an editor's approval approves", () => {
    expect(checkTransition("approve", ctx({}))).toEqual({ to: "APPROVED", reviewStage: 1, approvedStage: 1 });
  });

  it("with three stages: 初审 and 复审 keep it in review, 终审 by the chief approves", () => {
    expect(checkTransition("approve", ctx({ stages: 3 }))).toEqual({
      to: "SUBMITTED",
      reviewStage: 1,
      approvedStage: 1,
    });
    expect(
      checkTransition(
        "approve",
        ctx({ stages: 3, reviewStage: 1, approverIds: [EDITOR.id], actor: EDITOR2 }),
      ),
    ).toEqual({
      to: "SUBMITTED",
      reviewStage: 2,
      approvedStage: 2,
    });
    expect(
      checkTransition(
        "approve",
        ctx({ stages: 3, reviewStage: 2, approverIds: [EDITOR.id, EDITOR2.id], actor: CHIEF }),
      ),
    ).toEqual({
      to: "APPROVED",
      reviewStage: 3,
      approvedStage: 3,
    });
  });

  it("the final stage of a multi-stage review belongs to the chief editor", () => {
    expect(() =>
      checkTransition(
        "approve",
        ctx({ stages: 2, reviewStage: 1, approverIds: [EDITOR.id], actor: EDITOR2 }),
      ),
    ).toThrow("终审须由主编完成");
  });

  it("one person cannot approve two stages of the same article", () => {
    expect(() =>
      checkTransition("approve", ctx({ stages: 3, reviewStage: 1, approverIds: [EDITOR.id] })),
    ).toThrow("同一人不能审核同一稿件的两个审级");
    expect(() =>
      checkTransition("approve", ctx({ stages: 2, reviewStage: 1, approverIds: [CHIEF.id], actor: CHIEF })),
    ).toThrow("两个审级");
  });

  it("holding a submitted article is a final-stage decision", () => {
    expect(() => checkTransition("hold", ctx({ stages: 3 }))).toThrow("还需先完成初审");
    expect(
      checkTransition(
        "hold",
        ctx({ stages: 3, reviewStage: 2, approverIds: [EDITOR.id, EDITOR2.id], actor: CHIEF }),
      ).to,
    ).toBe("HELD");
  });

  it("returning or resubmitting starts a new round", () => {
    expect(
      checkTransition(
        "requestChanges",
        ctx({ stages: 3, reviewStage: 2, approverIds: ["a", "b"], actor: CHIEF }),
      ).reviewStage,
    ).toBe(0);
    expect(checkTransition("submit", ctx({ status: "CHANGES_REQUESTED", actor: AUTHOR })).reviewStage).toBe(
      0,
    );
  });
});
