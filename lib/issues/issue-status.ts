import type { IssueStatus } from "@/lib/generated/prisma/enums";

/** How the newsroom names issue states; every state of the schema's enum must have a name. */
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  PLANNING: "编排中",
  SCHEDULED: "已定时",
  PUBLISHED: "已发布",
  UNPUBLISHED: "已撤下",
};
