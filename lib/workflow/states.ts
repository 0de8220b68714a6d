export const ARTICLE_STATES = [
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
export type ArticleState = (typeof ARTICLE_STATES)[number];

/** Review stages (三审) by position: 初审, 复审, 终审. */
export const STAGE_NAMES = ["初审", "复审", "终审"] as const;

/** The name of stage `stage` (1-based) when `stages` are configured: the last one is always 终审. */
export function stageName(stage: number, stages: number): string {
  if (stages === 1) return "审稿";
  return stage === stages ? "终审" : STAGE_NAMES[stage - 1];
}
