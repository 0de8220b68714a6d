import { ArticleStatus } from "@/lib/generated/prisma/enums";

/** The article states: the schema's enum (prisma/schema.prisma), in lifecycle order. */
export const ARTICLE_STATES: readonly ArticleStatus[] = Object.values(ArticleStatus);
export type ArticleState = ArticleStatus;

export function isArticleState(value: string): value is ArticleState {
  return (ARTICLE_STATES as readonly string[]).includes(value);
}

/** Review stages (三审) by position: 初审, 复审, 终审. */
export const STAGE_NAMES = ["初审", "复审", "终审"] as const;

/** The name of stage `stage` (1-based) when `stages` are configured: the last one is always 终审. */
export function stageName(stage: number, stages: number): string {
  if (stages === 1) return "审稿";
  return stage === stages ? "终审" : STAGE_NAMES[stage - 1];
}
