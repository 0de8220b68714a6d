/** Article states (the workflow issue owns the transitions) and how the newsroom names them. */
export const ARTICLE_STATUS_LABELS: Record<string, string> = {
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

export function statusLabel(status: string): string {
  return ARTICLE_STATUS_LABELS[status] ?? status;
}
