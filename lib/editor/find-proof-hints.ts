import type { Node } from "@tiptap/pm/model";
import type { FlaggedTerm } from "@/lib/proofread/flagged-terms";
import type { ProofIssue } from "@/lib/proofread/proof-issue";
import { proofreadBlocks } from "@/lib/proofread/proofread-blocks";
import type { ProofFix } from "./apply-proof-fix";
import { textBlocks } from "./text-blocks";

export interface ProofHint {
  issue: ProofIssue;
  /** Document positions of the flagged passage. */
  from: number;
  to: number;
  /** The passage with a few characters either side, to show in the list. */
  passage: string;
}

/** The proofreading hints on an editor document, placed at document positions. */
export function findProofHints(doc: Node, terms: FlaggedTerm[]): ProofHint[] {
  const blocks = textBlocks(doc);
  return proofreadBlocks(blocks, terms).map((issue) => {
    const block = blocks[issue.block];
    return {
      issue,
      from: block.start + issue.from,
      to: block.start + issue.to,
      passage: block.text.slice(Math.max(0, issue.from - 6), issue.to + 6),
    };
  });
}

/** The fixes 全部修正 applies: only those that need no judgement. */
export function certainFixes(hints: readonly ProofHint[]): ProofFix[] {
  return hints
    .filter((h) => h.issue.certain && h.issue.fix !== undefined)
    .map((h) => ({ from: h.from, to: h.to, text: h.issue.fix! }));
}
