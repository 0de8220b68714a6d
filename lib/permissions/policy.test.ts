import { describe, expect, it } from "vitest";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { type ArticleAction, type RoleAction, can, rolesWith, roleCan } from "./policy";

const STATES = [
  "DRAFT",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "APPROVED",
  "HELD",
  "REJECTED",
  "SCHEDULED",
  "PUBLISHED",
  "UNPUBLISHED",
] as const;
type State = (typeof STATES)[number];
const ALL: State[] = [...STATES];
const NOT_DRAFT: State[] = STATES.filter((s) => s !== "DRAFT");
const WRITABLE: State[] = ["DRAFT", "CHANGES_REQUESTED"];
const PROOFREADABLE: State[] = ["APPROVED", "HELD", "SCHEDULED", "PUBLISHED"];

const NEWSROOM_ACTIONS: ArticleAction[] = [
  "article:view",
  "article:edit",
  "article:submit",
  "article:withdraw",
  "article:comment",
  "article:copy",
  "article:history",
  "article:restore",
  "review:decide",
  "article:unpublish",
  "article:correct",
  "article:proofread",
];

type Expectation = Partial<Record<ArticleAction, State[]>>;

/** States in which each role may take each action, on its own article and on someone else's. */
const EXPECTED: Record<Role, { own: Expectation; other: Expectation }> = {
  REPORTER: {
    own: {
      "article:view": ALL,
      "article:edit": WRITABLE,
      // From which states is the workflow table's business (lib/workflow/transitions.ts).
      "article:submit": ALL,
      "article:withdraw": ALL,
      "article:comment": ALL,
      "article:copy": ["REJECTED"],
      "article:history": ALL,
      "article:restore": WRITABLE,
    },
    other: {},
  },
  EDITOR: {
    own: {
      "article:view": ALL,
      "article:edit": [...WRITABLE, "SUBMITTED"],
      "article:submit": ALL,
      "article:withdraw": ALL,
      "article:comment": ALL,
      "article:copy": ["REJECTED"],
      "article:history": ALL,
      "article:restore": [...WRITABLE, "SUBMITTED"],
      "review:decide": ALL,
      "article:unpublish": ALL,
      "article:correct": ["PUBLISHED"],
      "article:proofread": PROOFREADABLE,
    },
    other: {
      "article:view": NOT_DRAFT,
      "article:edit": ["SUBMITTED"],
      "article:comment": NOT_DRAFT,
      "article:history": NOT_DRAFT,
      "article:restore": ["SUBMITTED"],
      "review:decide": NOT_DRAFT,
      "article:unpublish": NOT_DRAFT,
      "article:correct": ["PUBLISHED"],
      "article:proofread": PROOFREADABLE,
    },
  },
  CHIEF_EDITOR: { own: {}, other: {} },
  ADMIN: {
    own: { "article:view": ALL, "article:history": ALL },
    other: { "article:view": ALL, "article:history": ALL },
  },
};
EXPECTED.CHIEF_EDITOR = EXPECTED.EDITOR;

const user = (role: Role): SessionUser => ({
  id: `u-${role}`,
  username: role.toLowerCase(),
  displayName: role,
  role,
});

describe("can: role × action × state × ownership", () => {
  for (const role of Object.keys(EXPECTED) as Role[]) {
    for (const ownership of ["own", "other"] as const) {
      for (const action of NEWSROOM_ACTIONS) {
        const allowed = new Set(EXPECTED[role][ownership][action] ?? []);
        it(`${role} ${action} on ${ownership} article`, () => {
          const actual = STATES.filter((status) =>
            can(user(role), action, {
              status,
              authorId: ownership === "own" ? `u-${role}` : "someone-else",
            }),
          );
          expect(actual).toEqual(STATES.filter((s) => allowed.has(s)));
        });
      }
    }
  }

  it("an anonymous reader may do nothing in the newsroom, in any state", () => {
    for (const action of NEWSROOM_ACTIONS) {
      for (const status of STATES) expect(can(null, action, { status, authorId: null })).toBe(false);
    }
  });

  it("imported articles (no author) are visible to editors but never editable once published", () => {
    const imported = { status: "PUBLISHED", authorId: null };
    expect(can(user("EDITOR"), "article:view", imported)).toBe(true);
    expect(can(user("EDITOR"), "article:edit", imported)).toBe(false);
    expect(can(user("REPORTER"), "article:view", imported)).toBe(false);
  });
});

describe("what readers may see follows the stored publishing time", () => {
  const at = (iso: string) => new Date(iso);
  const issue = { status: "SCHEDULED", publishAt: at("2026-11-26T00:00:00Z") };
  const article = { authorId: null, status: "SCHEDULED", publishedAt: issue.publishAt, issue };

  it("is nothing before the moment and everything from it, for anyone", () => {
    for (const subject of [null, user("REPORTER"), user("ADMIN")]) {
      expect(can(subject, "article:read", article, at("2026-11-25T23:59:59Z"))).toBe(false);
      expect(can(subject, "article:read", article, at("2026-11-26T00:00:00Z"))).toBe(true);
      expect(can(subject, "issue:read", issue, at("2026-11-25T23:59:59Z"))).toBe(false);
    }
  });

  it("is never an article outside an issue, or an issue taken back", () => {
    const now = at("2026-12-01T00:00:00Z");
    expect(can(null, "article:read", { ...article, issue: null }, now)).toBe(false);
    const withdrawn = { status: "UNPUBLISHED", publishAt: issue.publishAt };
    expect(can(null, "article:read", { ...article, status: "PUBLISHED", issue: withdrawn }, now)).toBe(false);
  });

  it("refuses to answer without the time, or without the issue loaded", () => {
    expect(() => can(null, "article:read", article)).toThrow("depends on the time");
    expect(() =>
      can(
        null,
        "article:read",
        { authorId: null, status: "PUBLISHED", publishedAt: issue.publishAt },
        at("2026-12-01T00:00:00Z"),
      ),
    ).toThrow('needs "issue"');
  });
});

describe("role permissions", () => {
  const EXPECTED_ROLES: Record<RoleAction, Role[]> = {
    "newsroom:enter": ["REPORTER", "EDITOR", "CHIEF_EDITOR", "ADMIN"],
    "article:create": ["REPORTER", "EDITOR", "CHIEF_EDITOR"],
    "review:queue": ["EDITOR", "CHIEF_EDITOR", "ADMIN"],
    "review:final": ["CHIEF_EDITOR"],
    "issue:view": ["EDITOR", "CHIEF_EDITOR", "ADMIN"],
    "issue:manage": ["EDITOR", "CHIEF_EDITOR"],
    "users:manage": ["ADMIN"],
    "settings:manage": ["ADMIN"],
    "pitch:view": ["REPORTER", "EDITOR", "CHIEF_EDITOR", "ADMIN"],
    "pitch:propose": ["REPORTER", "EDITOR", "CHIEF_EDITOR"],
    "pitch:decide": ["EDITOR", "CHIEF_EDITOR"],
    "assignment:manage": ["EDITOR", "CHIEF_EDITOR"],
  };
  for (const [action, roles] of Object.entries(EXPECTED_ROLES) as [RoleAction, Role[]][]) {
    it(`${action}: ${roles.join(", ")}`, () => {
      expect(rolesWith(action)).toEqual(roles);
      for (const role of Object.keys(EXPECTED) as Role[])
        expect(roleCan(user(role), action)).toBe(roles.includes(role));
      expect(roleCan(null, action)).toBe(false);
    });
  }
});
