import type { ArticleStatus } from "@/lib/generated/prisma/enums";

/**
 * Article states (the workflow owns the transitions) and how the newsroom names them. A Record
 * over the schema's enum: a state added to the schema fails to compile until it has a name.
 */
export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  CHANGES_REQUESTED: "退回修改",
  APPROVED: "已通过",
  HELD: "待用",
  REJECTED: "退稿",
  SCHEDULED: "已排期",
  PUBLISHED: "已发布",
  UNPUBLISHED: "已撤下",
};

export function statusLabel(status: ArticleStatus): string {
  return ARTICLE_STATUS_LABELS[status];
}
