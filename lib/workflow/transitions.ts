import type { ArticleAction, RoleAction } from "@/lib/permissions/policy";
import type { ArticleState } from "./states";

export const WORKFLOW_ACTIONS = [
  "submit",
  "withdraw",
  "approve",
  "requestChanges",
  "hold",
  "release",
  "reject",
  "schedule",
  "unschedule",
  "publish",
  "unpublish",
  "republish",
  "correct",
  "reopen",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * The decisions taken on the article page. The rest happen as part of something else: an issue
 * schedules, publishes and withdraws its articles, a correction is its own form, and an edit
 * after a stage approved reopens that stage.
 */
export const ARTICLE_PAGE_ACTIONS = [
  "submit",
  "withdraw",
  "approve",
  "requestChanges",
  "hold",
  "release",
  "reject",
  "unpublish",
  "republish",
] as const satisfies readonly WorkflowAction[];
export type ArticlePageAction = (typeof ARTICLE_PAGE_ACTIONS)[number];

/**
 * Who may take a transition:
 * - author: the article's own writer;
 * - reviewer: an editor deciding the article's current review stage (not its author, not
 *   someone who approved another stage of it; the chief editor for the final stage of a
 *   multi-stage review);
 * - editorial: any editor or the chief editor.
 */
export type Actor = "author" | "reviewer" | "editorial";

export interface Transition {
  from: readonly ArticleState[];
  /** Where the article goes. Approve is special: it stays SUBMITTED until the last stage. */
  to: ArticleState;
  by: Actor;
  /** The policy's permission for it (lib/permissions/policy.ts), checked on the article. */
  permission: ArticleAction | RoleAction;
  noteRequired: boolean;
  /** What the newsroom calls it, for buttons, the timeline and revision notes. */
  label: string;
}

/** The article workflow as a table: every transition there is, and nothing else. */
export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  submit: {
    from: ["DRAFT", "CHANGES_REQUESTED"],
    to: "SUBMITTED",
    by: "author",
    permission: "article:submit",
    noteRequired: false,
    label: "提交审稿",
  },
  withdraw: {
    from: ["SUBMITTED"],
    to: "DRAFT",
    by: "author",
    permission: "article:withdraw",
    noteRequired: false,
    label: "撤回",
  },
  // An opinion on approval is welcome but optional: "同意" adds nothing a reporter must act on.
  approve: {
    from: ["SUBMITTED"],
    to: "APPROVED",
    by: "reviewer",
    permission: "review:decide",
    noteRequired: false,
    label: "审核通过",
  },
  requestChanges: {
    from: ["SUBMITTED"],
    to: "CHANGES_REQUESTED",
    by: "reviewer",
    permission: "review:decide",
    noteRequired: true,
    label: "退回修改",
  },
  hold: {
    from: ["SUBMITTED", "APPROVED"],
    to: "HELD",
    by: "reviewer",
    permission: "review:decide",
    noteRequired: false,
    label: "待用",
  },
  release: {
    from: ["HELD"],
    to: "APPROVED",
    by: "editorial",
    permission: "review:decide",
    noteRequired: false,
    label: "恢复可用",
  },
  reject: {
    from: ["SUBMITTED", "HELD"],
    to: "REJECTED",
    by: "reviewer",
    permission: "review:decide",
    noteRequired: true,
    label: "退稿",
  },
  // Scheduling again moves the moment; an unpublished article goes out again with its issue.
  schedule: {
    from: ["APPROVED", "HELD", "SCHEDULED", "UNPUBLISHED"],
    to: "SCHEDULED",
    by: "editorial",
    permission: "issue:manage",
    noteRequired: false,
    label: "排期",
  },
  unschedule: {
    from: ["SCHEDULED"],
    to: "APPROVED",
    by: "editorial",
    permission: "issue:manage",
    noteRequired: false,
    label: "取消排期",
  },
  publish: {
    from: ["APPROVED", "HELD", "SCHEDULED"],
    to: "PUBLISHED",
    by: "editorial",
    permission: "issue:manage",
    noteRequired: false,
    label: "发布",
  },
  unpublish: {
    from: ["PUBLISHED"],
    to: "UNPUBLISHED",
    by: "editorial",
    permission: "article:unpublish",
    noteRequired: true,
    label: "撤下",
  },
  republish: {
    from: ["UNPUBLISHED"],
    to: "PUBLISHED",
    by: "editorial",
    permission: "article:unpublish",
    noteRequired: false,
    label: "重新发布",
  },
  // 更正: a dated note on a published article (and perhaps a fix of its text); it stays published.
  correct: {
    from: ["PUBLISHED"],
    to: "PUBLISHED",
    by: "editorial",
    permission: "article:correct",
    noteRequired: true,
    label: "更正",
  },
  // Text edited after a review stage approved it: that stage's approval no longer stands.
  reopen: {
    from: ["SUBMITTED"],
    to: "SUBMITTED",
    by: "editorial",
    permission: "article:edit",
    noteRequired: false,
    label: "退回重审",
  },
};
