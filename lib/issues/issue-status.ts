export const ISSUE_STATUS_LABELS: Record<string, string> = {
  PLANNING: "编排中",
  SCHEDULED: "已定时",
  PUBLISHED: "已发布",
  UNPUBLISHED: "已撤下",
};
