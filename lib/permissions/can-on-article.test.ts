import { describe, expect, it } from "vitest";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { canOnArticle } from "./can-on-article";
import type { Action } from "./permissions";

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

const ARTICLE_ACTIONS: Action[] = [
  "article:view",
  "article:edit",
  "article:submit",
  "article:withdraw",
  "article:comment",
  "article:history",
  "article:restore",
  "review:decide",
  "article:unpublish",
];

type Expectation = Partial<Record<Action, State[]>>;

/** States in which each role may take each action, on its own article and on someone else's. */
const EXPECTED: Record<Role, { own: Expectation; other: Expectation }> = {
  REPORTER: {
    own: {
      "article:view": ALL,
      "article:edit": WRITABLE,
      "article:submit": WRITABLE,
      "article:withdraw": ["SUBMITTED"],
      "article:comment": ALL,
      "article:history": ALL,
      "article:restore": WRITABLE,
    },
    other: {},
  },
  EDITOR: {
    own: {
      "article:view": ALL,
      "article:edit": [...WRITABLE, "SUBMITTED"],
      "article:submit": WRITABLE,
      "article:withdraw": ["SUBMITTED"],
      "article:comment": ALL,
      "article:history": ALL,
      "article:restore": [...WRITABLE, "SUBMITTED"],
      "review:decide": ALL,
      "article:unpublish": ALL,
    },
    other: {
      "article:view": NOT_DRAFT,
      "article:edit": ["SUBMITTED"],
      "article:comment": NOT_DRAFT,
      "article:history": NOT_DRAFT,
      "article:restore": ["SUBMITTED"],
      "review:decide": NOT_DRAFT,
      "article:unpublish": NOT_DRAFT,
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

describe("canOnArticle: role × action × state × ownership", () => {
  for (const role of Object.keys(EXPECTED) as Role[]) {
    for (const ownership of ["own", "other"] as const) {
      for (const action of ARTICLE_ACTIONS) {
        const allowed = new Set(EXPECTED[role][ownership][action] ?? []);
        it(`${role} ${action} on ${ownership} article`, () => {
          const actual = STATES.filter((status) =>
            canOnArticle(user(role), action, {
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
    for (const action of ARTICLE_ACTIONS) {
      for (const status of STATES) expect(canOnArticle(null, action, { status, authorId: null })).toBe(false);
    }
  });

  it("imported articles (no author) are visible to editors but never editable once published", () => {
    const imported = { status: "PUBLISHED", authorId: null };
    expect(canOnArticle(user("EDITOR"), "article:view", imported)).toBe(true);
    expect(canOnArticle(user("EDITOR"), "article:edit", imported)).toBe(false);
    expect(canOnArticle(user("REPORTER"), "article:view", imported)).toBe(false);
  });
});
