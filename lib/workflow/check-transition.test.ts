import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { type TransitionContext, type TransitionOutcome, checkTransition } from "./check-transition";
import { ARTICLE_STATES, type ArticleState } from "./states";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "./transitions";

// The workflow's rules, stated as the newsroom states them and checked over every role, state,
// stage configuration, ownership and standing approval. Nothing here restates the table: each
// test says something that must hold whatever the table looks like.

const AUTHOR_ID = "author";

interface Situation extends TransitionContext {
  /** Whether the actor wrote the article. */
  own: boolean;
}

/** Every situation an article can be in before a decision, with every kind of person deciding. */
function* situations(): Generator<Situation> {
  for (const status of ARTICLE_STATES)
    for (const stages of [1, 2, 3])
      for (let reviewStage = 0; reviewStage < (status === "SUBMITTED" ? stages : 1); reviewStage++)
        for (const role of ROLES)
          for (const own of [true, false])
            for (const approved of ["nobody", "actor", "someone else"] as const) {
              const actorId = own ? AUTHOR_ID : `other-${role}`;
              const approverIds =
                reviewStage === 0
                  ? []
                  : approved === "actor"
                    ? [actorId]
                    : approved === "someone else"
                      ? ["earlier-reviewer"]
                      : [];
              if (reviewStage > 0 && approved === "nobody") continue;
              yield {
                status,
                reviewStage,
                stages,
                authorId: AUTHOR_ID,
                actor: { id: actorId, role },
                approverIds,
                note: "意见",
                own,
              };
            }
}

type Attempt = { ok: true; outcome: TransitionOutcome } | { ok: false; error: AppError };

function attempt(action: WorkflowAction, ctx: TransitionContext): Attempt {
  try {
    return { ok: true, outcome: checkTransition(action, ctx) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, error };
  }
}

/** Every decision the validator accepts, with where it leads. */
function* allowed(): Generator<{ action: WorkflowAction; ctx: Situation; outcome: TransitionOutcome }> {
  for (const ctx of situations())
    for (const action of WORKFLOW_ACTIONS) {
      const result = attempt(action, ctx);
      if (result.ok) yield { action, ctx, outcome: result.outcome };
    }
}

const REVIEW_DECISIONS: WorkflowAction[] = ["approve", "requestChanges", "hold", "reject"];
const EDITORIAL: Role[] = ["EDITOR", "CHIEF_EDITOR"];

describe("who decides", () => {
  it("an author can never review their own article, at any stage", () => {
    for (const { action, ctx } of allowed())
      if (REVIEW_DECISIONS.includes(action) && ctx.status === "SUBMITTED") expect(ctx.own).toBe(false);
  });

  it("only the author submits or withdraws", () => {
    for (const { action, ctx } of allowed())
      if (action === "submit" || action === "withdraw") expect(ctx.own).toBe(true);
  });

  it("a reporter only ever submits or withdraws their own article", () => {
    for (const { action, ctx } of allowed())
      if (ctx.actor.role === "REPORTER") expect(["submit", "withdraw"]).toContain(action);
  });

  it("an admin decides nothing on the newsroom's articles (that admins write none is the access policy's)", () => {
    for (const { ctx } of allowed()) if (ctx.actor.role === "ADMIN") expect(ctx.own).toBe(true);
  });

  it("everything beyond submitting and withdrawing is editorial work", () => {
    for (const { action, ctx } of allowed())
      if (action !== "submit" && action !== "withdraw") expect(EDITORIAL).toContain(ctx.actor.role);
  });

  it("a refusal for the wrong person is FORBIDDEN, one for the wrong state a CONFLICT", () => {
    const reporter = { id: "someone", role: "REPORTER" as Role };
    const base = { reviewStage: 0, stages: 1, authorId: AUTHOR_ID, approverIds: [], note: "x" };
    expect(() => checkTransition("approve", { ...base, status: "SUBMITTED", actor: reporter })).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    expect(() =>
      checkTransition("approve", { ...base, status: "DRAFT", actor: { id: "e", role: "EDITOR" } }),
    ).toThrow(expect.objectContaining({ code: "CONFLICT" }));
  });
});

describe("review stages (三审)", () => {
  it("one person never approves two stages of the same round", () => {
    for (const { action, ctx } of allowed())
      if (action === "approve") expect(ctx.approverIds).not.toContain(ctx.actor.id);
  });

  it("the final stage of a multi-stage review needs the chief editor", () => {
    for (const { action, ctx, outcome } of allowed())
      if (action === "approve" && ctx.stages > 1 && outcome.to === "APPROVED")
        expect(ctx.actor.role).toBe("CHIEF_EDITOR");
  });

  it("and the chief editor can take it, whoever approved the stages before", () => {
    for (const stages of [2, 3]) {
      const outcome = checkTransition("approve", {
        status: "SUBMITTED",
        reviewStage: stages - 1,
        stages,
        authorId: AUTHOR_ID,
        actor: { id: "chief", role: "CHIEF_EDITOR" },
        approverIds: ["e1", "e2"].slice(0, stages - 1),
        note: "终审同意",
      });
      expect(outcome).toEqual({ to: "APPROVED", reviewStage: stages, approvedStage: stages });
    }
  });

  it("an approval decides exactly the next stage, and approves the article only at the last", () => {
    for (const { action, ctx, outcome } of allowed()) {
      if (action !== "approve") continue;
      expect(outcome.approvedStage).toBe(ctx.reviewStage + 1);
      expect(outcome.reviewStage).toBe(ctx.reviewStage + 1);
      expect(outcome.to).toBe(outcome.reviewStage === ctx.stages ? "APPROVED" : "SUBMITTED");
    }
  });

  it("holding a submitted article is a final-stage decision", () => {
    for (const { action, ctx } of allowed())
      if (action === "hold" && ctx.status === "SUBMITTED") expect(ctx.reviewStage + 1).toBe(ctx.stages);
  });

  it("returning, withdrawing and resubmitting start a new round", () => {
    for (const { outcome } of allowed())
      if (outcome.to === "CHANGES_REQUESTED" || outcome.to === "DRAFT") expect(outcome.reviewStage).toBe(0);
    for (const { action, outcome } of allowed()) if (action === "submit") expect(outcome.reviewStage).toBe(0);
  });

  it("an edit after an approval reopens exactly that stage, and needs an approval to reopen", () => {
    for (const ctx of situations()) {
      const result = attempt("reopen", ctx);
      if (!result.ok) continue;
      expect(ctx.reviewStage).toBeGreaterThan(0);
      expect(result.outcome).toEqual({ to: "SUBMITTED", reviewStage: ctx.reviewStage - 1 });
    }
    const editor = { id: "e", role: "EDITOR" as Role };
    const base = { status: "SUBMITTED", stages: 2, authorId: AUTHOR_ID, actor: editor, note: "" };
    expect(() => checkTransition("reopen", { ...base, reviewStage: 0, approverIds: [] })).toThrow("无需退回");
    expect(checkTransition("reopen", { ...base, reviewStage: 1, approverIds: ["e"] }).reviewStage).toBe(0);
  });
});

describe("what reaches readers", () => {
  it("nothing is published that was not approved first", () => {
    const unreviewed: ArticleState[] = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED"];
    for (const { ctx, outcome } of allowed())
      if (outcome.to === "PUBLISHED" || outcome.to === "SCHEDULED")
        expect(unreviewed).not.toContain(ctx.status);
  });

  it("every way to PUBLISHED from a new draft passes through an approval (通过 or 待用)", () => {
    // The states reachable from DRAFT without ever being approved or held: PUBLISHED is not among them.
    const reached = new Set<string>(["DRAFT"]);
    const frontier = ["DRAFT"];
    while (frontier.length > 0) {
      const status = frontier.pop()!;
      for (const { ctx, outcome } of allowed()) {
        const approval = outcome.to === "APPROVED" || outcome.to === "HELD";
        if (ctx.status !== status || approval || reached.has(outcome.to)) continue;
        reached.add(outcome.to);
        frontier.push(outcome.to);
      }
    }
    expect(reached).toContain("SUBMITTED");
    expect(reached).not.toContain("PUBLISHED");
    expect(reached).not.toContain("SCHEDULED");
  });

  it("a published article can only be taken down or corrected, and stays published when corrected", () => {
    for (const { action, ctx, outcome } of allowed()) {
      if (ctx.status !== "PUBLISHED") continue;
      expect(["unpublish", "correct"]).toContain(action);
      if (action === "correct") expect(outcome.to).toBe("PUBLISHED");
    }
  });

  it("a rejected article is final: its author copies it into a new draft instead", () => {
    for (const { ctx } of allowed()) expect(ctx.status).not.toBe("REJECTED");
  });

  it("every state but a rejection can still move on", () => {
    const movable = new Set([...allowed()].map(({ ctx }) => ctx.status));
    expect([...movable].sort()).toEqual(ARTICLE_STATES.filter((s) => s !== "REJECTED").sort());
  });
});

describe("notes", () => {
  it("a decision against the author, and taking an article down, say why", () => {
    for (const ctx of situations())
      for (const action of ["requestChanges", "reject", "unpublish"] as const) {
        const withNote = attempt(action, ctx);
        if (!withNote.ok) continue;
        const blank = attempt(action, { ...ctx, note: "  " });
        expect(blank.ok).toBe(false);
        if (!blank.ok) expect(blank.error.code).toBe("BAD_INPUT");
      }
  });

  it("an opinion on approval is optional, and so is a note on a submission", () => {
    for (const ctx of situations()) {
      if (attempt("approve", ctx).ok) expect(attempt("approve", { ...ctx, note: "" }).ok).toBe(true);
      if (attempt("submit", ctx).ok) expect(attempt("submit", { ...ctx, note: "" }).ok).toBe(true);
    }
  });
});
