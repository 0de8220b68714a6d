import { ROLES, type Role } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Rule, NOTHING, all, any, matches, toWhere } from "./rule";

// The one access policy: who may do what, and to which records. Each action lists its grants:
// the roles it is granted to and, for actions on a record, the rule the record must satisfy.
// The yes/no answer (`can`) and the query filters (`articleWhere`, `issueWhere`) are both read
// off these grants, so a list never shows what the action behind it would refuse, and readers'
// pages, newsroom lists and every action ask the same rules.

/** Actions on one article (a newsroom record, or a page of the reading site). */
export const ARTICLE_ACTIONS = [
  "article:read",
  "article:view",
  "article:history",
  "article:edit",
  "article:restore",
  "article:submit",
  "article:withdraw",
  "article:comment",
  "article:copy",
  "review:decide",
  "article:unpublish",
  "article:correct",
  "article:proofread",
] as const;
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];
export const isArticleAction = (action: Action): action is ArticleAction =>
  (ARTICLE_ACTIONS as readonly string[]).includes(action);
/** Actions on one issue. */
export type IssueAction = "issue:read";
/** Actions a role has or has not, whatever the record: pages, lists, accounts, settings. */
export type RoleAction =
  | "newsroom:enter"
  | "article:create"
  | "review:queue"
  | "review:final"
  | "issue:view"
  | "issue:manage"
  | "users:manage"
  | "settings:manage"
  | "pitch:view"
  | "pitch:propose"
  | "pitch:decide"
  | "assignment:manage";
export type Action = ArticleAction | IssueAction | RoleAction;

/** The signed-in user as the policy sees them; null is an anonymous reader. */
export type Subject = { id: string; role: Role } | null;

/** An article as its rules read it; rules about readers also need its time and issue. */
export interface ArticleFacts {
  authorId: string | null;
  status: string;
  publishedAt?: Date | null;
  issue?: IssueFacts | null;
}
export interface IssueFacts {
  status: string;
  publishAt: Date | null;
}

const EVERYONE = "everyone";
type Grantees = readonly Role[] | typeof EVERYONE;
/** A grant without a rule covers every record. */
type Grant = { readonly to: Grantees; readonly when?: Rule };

const EDITORIAL: readonly Role[] = ["EDITOR", "CHIEF_EDITOR"];
const WRITERS: readonly Role[] = ["REPORTER", ...EDITORIAL];
const NEWSROOM: readonly Role[] = [...WRITERS, "ADMIN"];

const status = (...values: string[]): Rule => ({ field: "status", in: values });
const OWN: Rule = { field: "authorId", isUser: true };
/** What a writer may change in their own article: before review, or when sent back. */
const WRITABLE = status("DRAFT", "CHANGES_REQUESTED");
/** Editors see their own articles and everything submitted; someone else's draft is private. */
const EDITOR_VISIBLE = any(OWN, { field: "status", notIn: ["DRAFT"] });
/** Approved for print or already out: what proofreading rounds (校次) are recorded on. */
export const PROOFREADABLE = ["APPROVED", "HELD", "SCHEDULED", "PUBLISHED"];
/** Readers see an issue from its publishing moment: nothing runs at that moment. */
const PUBLIC_ISSUE = all(status("PUBLISHED", "SCHEDULED"), { field: "publishAt", notAfterNow: true });
const PUBLIC_ARTICLE = all(
  status("PUBLISHED", "SCHEDULED"),
  { field: "publishedAt", notAfterNow: true },
  { relation: "issue", where: PUBLIC_ISSUE },
);

const VIEW: readonly Grant[] = [
  { to: ["REPORTER"], when: OWN },
  { to: EDITORIAL, when: EDITOR_VISIBLE },
  { to: ["ADMIN"] },
];
// Editors copy-edit what is in review; the admin runs accounts and writes no articles.
const EDIT: readonly Grant[] = [
  { to: ["REPORTER"], when: all(OWN, WRITABLE) },
  { to: EDITORIAL, when: any(all(OWN, WRITABLE), status("SUBMITTED")) },
];

const ARTICLE_POLICY: Record<ArticleAction, readonly Grant[]> = {
  "article:read": [{ to: EVERYONE, when: PUBLIC_ARTICLE }],
  "article:view": VIEW,
  "article:history": VIEW,
  "article:edit": EDIT,
  "article:restore": EDIT,
  // Only the author submits and withdraws; from which states is the workflow table's business.
  "article:submit": [{ to: WRITERS, when: OWN }],
  "article:withdraw": [{ to: WRITERS, when: OWN }],
  "article:comment": [
    { to: ["REPORTER"], when: OWN },
    { to: EDITORIAL, when: EDITOR_VISIBLE },
  ],
  // 退稿 is final: its author may start over from a copy.
  "article:copy": [{ to: WRITERS, when: all(OWN, status("REJECTED")) }],
  "review:decide": [{ to: EDITORIAL, when: EDITOR_VISIBLE }],
  "article:unpublish": [{ to: EDITORIAL, when: EDITOR_VISIBLE }],
  "article:correct": [{ to: EDITORIAL, when: status("PUBLISHED") }],
  "article:proofread": [{ to: EDITORIAL, when: status(...PROOFREADABLE) }],
};

const ISSUE_POLICY: Record<IssueAction, readonly Grant[]> = {
  "issue:read": [{ to: EVERYONE, when: PUBLIC_ISSUE }],
};

const ROLE_POLICY: Record<RoleAction, readonly Grant[]> = {
  "newsroom:enter": [{ to: NEWSROOM }],
  "article:create": [{ to: WRITERS }],
  // The admin sees what waits for review; deciding is review:decide's.
  "review:queue": [{ to: [...EDITORIAL, "ADMIN"] }],
  // The last of several review stages (终审) is the chief editor's.
  "review:final": [{ to: ["CHIEF_EDITOR"] }],
  // Issues, their plans, the calendar, quality figures and previews: the admin sees everything
  // (and changes none of it).
  "issue:view": [{ to: [...EDITORIAL, "ADMIN"] }],
  "issue:manage": [{ to: EDITORIAL }],
  "users:manage": [{ to: ["ADMIN"] }],
  "settings:manage": [{ to: ["ADMIN"] }],
  // Story planning (选题/派稿): anyone writing proposes; editors decide and assign the work.
  "pitch:view": [{ to: NEWSROOM }],
  "pitch:propose": [{ to: WRITERS }],
  "pitch:decide": [{ to: EDITORIAL }],
  "assignment:manage": [{ to: EDITORIAL }],
};

/** Every action there is, with its grants. */
export const POLICY: Record<Action, readonly Grant[]> = {
  ...ARTICLE_POLICY,
  ...ISSUE_POLICY,
  ...ROLE_POLICY,
};

function grantsFor(user: Subject, action: Action): Grant[] {
  return POLICY[action].filter(
    (grant) => grant.to === EVERYONE || (user !== null && grant.to.includes(user.role)),
  );
}

/** The roles granted the action, on some records at least (e.g. whom to notify of work). */
export function rolesWith(action: Action): Role[] {
  return ROLES.filter((role) =>
    POLICY[action].some((grant) => grant.to === EVERYONE || grant.to.includes(role)),
  );
}

/** Whether the user may take the action at all (on some record, for actions on records). */
export function roleCan(user: Subject, action: Action): boolean {
  return grantsFor(user, action).length > 0;
}

/**
 * Whether the user may take the action on this record. `now` is needed for what readers may
 * see, which follows the stored publishing time.
 */
export function can(user: Subject, action: ArticleAction, record: ArticleFacts, now?: Date): boolean;
export function can(user: Subject, action: IssueAction, record: IssueFacts, now?: Date): boolean;
export function can(
  user: Subject,
  action: ArticleAction | IssueAction,
  record: ArticleFacts | IssueFacts,
  now?: Date,
): boolean {
  const facts = record as unknown as Record<string, unknown>;
  return grantsFor(user, action).some((grant) => !grant.when || matches(grant.when, facts, { user, now }));
}

function whereFor(user: Subject, action: Action, now?: Date): Record<string, unknown> {
  const grants = grantsFor(user, action);
  if (grants.some((grant) => !grant.when)) return {};
  return grants.length === 0 ? NOTHING : toWhere(any(...grants.map((g) => g.when!)), { user, now });
}

/** The articles the user may take the action on, as a query filter. */
export function articleWhere(user: Subject, action: ArticleAction, now?: Date): Prisma.ArticleWhereInput {
  return whereFor(user, action, now) as Prisma.ArticleWhereInput;
}

/** The issues the user may take the action on, as a query filter. */
export function issueWhere(user: Subject, action: IssueAction, now?: Date): Prisma.IssueWhereInput {
  return whereFor(user, action, now) as Prisma.IssueWhereInput;
}
