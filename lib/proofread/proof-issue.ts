export type ProofCheck =
  | "ascii-punctuation"
  | "doubled"
  | "unbalanced"
  | "no-final-punctuation"
  | "full-width-digits"
  | "space-in-chinese"
  | "term";

/** One proofreading hint (校对提示) in one paragraph, with the fix when the fix is certain. */
export interface ProofIssue {
  check: ProofCheck;
  /** Index of the paragraph (text block) in the document. */
  block: number;
  /** Character offsets of the flagged passage within the block's text. */
  from: number;
  to: number;
  message: string;
  /** The text that should replace [from, to), when it can be applied with one click. */
  fix?: string;
}

export type BlockCheck = (text: string, block: number) => ProofIssue[];
