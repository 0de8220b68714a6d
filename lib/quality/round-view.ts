import type { ProofErrorCategory } from "@/lib/generated/prisma/enums";

/** A stored proofreading round as the newsroom components show it. */
export function toRoundView(
  round: {
    id: string;
    round: number;
    note: string;
    createdAt: Date;
    proofreader: { displayName: string };
    errors: { id: string; category: ProofErrorCategory; passage: string }[];
  },
  /** When the text reached readers: a round recorded after that found errors in print. */
  printedAt: Date | null,
) {
  return {
    id: round.id,
    round: round.round,
    proofreader: round.proofreader.displayName,
    at: round.createdAt.toISOString(),
    note: round.note,
    errors: round.errors,
    afterPrint: printedAt !== null && round.createdAt >= printedAt,
  };
}
