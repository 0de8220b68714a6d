import type { Role, SessionUser } from "@/lib/auth/roles";

/** Everything the newsroom lets someone do. Record-level rules live in can-on-article.ts. */
export const ACTIONS = [
  "article:create",
  "article:view",
  "article:edit",
  "article:submit",
  "article:withdraw",
  "article:comment",
  "article:history",
  "article:restore",
  "review:queue",
  "review:decide",
  "issue:manage",
  "article:unpublish",
  "article:correct",
  "users:manage",
  "settings:manage",
  "newsroom:enter",
  "pitch:view",
  "pitch:propose",
  "pitch:decide",
  "assignment:manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const REPORTER: Action[] = [
  "newsroom:enter",
  "article:create",
  "article:view",
  "article:edit",
  "article:submit",
  "article:withdraw",
  "article:comment",
  "article:history",
  "article:restore",
  "pitch:view",
  "pitch:propose",
];
const EDITOR: Action[] = [
  ...REPORTER,
  "review:queue",
  "review:decide",
  "issue:manage",
  "article:unpublish",
  "article:correct",
  "pitch:decide",
  "assignment:manage",
];

/**
 * Role → what the role may do at all. The admin runs accounts and settings and may look at
 * every article, but writes none: editorial work stays with the editorial roles.
 */
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  REPORTER: new Set(REPORTER),
  EDITOR: new Set(EDITOR),
  CHIEF_EDITOR: new Set(EDITOR),
  ADMIN: new Set<Action>([
    "newsroom:enter",
    "article:view",
    "article:history",
    "pitch:view",
    "users:manage",
    "settings:manage",
  ]),
};

/** Whether the role may take the action at all; null is an anonymous reader. */
export function roleCan(user: SessionUser | null, action: Action): boolean {
  return user !== null && ROLE_PERMISSIONS[user.role].has(action);
}
