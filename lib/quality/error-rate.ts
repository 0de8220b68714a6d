import { ProofErrorCategory } from "@/lib/generated/prisma/enums";

/** The press standard: at most 3 errors per 10,000 characters (万分之三). */
export const ERROR_RATE_LIMIT = 3;

/** Errors per 10,000 characters; 0 for an empty text. */
export function errorRate(errors: number, characters: number): number {
  return characters > 0 ? (errors * 10_000) / characters : 0;
}

export function exceedsLimit(rate: number): boolean {
  return rate > ERROR_RATE_LIMIT;
}

/** `万分之2.48` */
export function formatRate(rate: number): string {
  return `万分之${rate.toFixed(2).replace(/\.?0+$/, "") || "0"}`;
}

/** 错字, 标点, 事实, 格式, 其他: the schema's enum ProofErrorCategory. */
export const ERROR_CATEGORIES: readonly ProofErrorCategory[] = Object.values(ProofErrorCategory);

/** 一校, 二校, 三校, then 第4校… */
export function roundName(round: number): string {
  return ["一校", "二校", "三校"][round - 1] ?? `第${round}校`;
}
