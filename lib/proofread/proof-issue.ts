export type ProofCheck =
  | "ascii-punctuation"
  | "doubled"
  | "unbalanced"
  | "no-final-punctuation"
  | "full-width-digits"
  | "space-in-chinese"
  | "leading-space"
  | "term";

/** What a text block is in the document's structure. */
export type BlockKind = "paragraph" | "heading" | "list-item" | "table-cell";

/** One text block of an article as the checks see it. */
export interface ProofBlock {
  text: string;
  kind: BlockKind;
  /** Every character is bold: how a subheading typed (or pasted from Word) as a paragraph looks. */
  bold?: boolean;
}

/**
 * What a block is for the checks, read from its structure and its text: prose is held to
 * sentence rules (final punctuation, no spaces between characters); headings, subheadings,
 * bylines, list items and table cells are not sentences.
 */
export type BlockRole = "prose" | "heading" | "byline" | "list-item" | "table-cell";

export interface CheckedBlock extends ProofBlock {
  /** Index of the block in the document. */
  index: number;
  role: BlockRole;
  /** The block after this one, if any (a quotation running on into the next paragraph). */
  next?: ProofBlock;
}

/** One proofreading hint (校对提示) in one block. */
export interface ProofIssue {
  check: ProofCheck;
  /** Index of the block in the document. */
  block: number;
  /** Character offsets of the flagged passage within the block's text. */
  from: number;
  to: number;
  message: string;
  /** The text that should replace [from, to), when the hint offers one. */
  fix?: string;
  /**
   * The fix is unambiguous (a half-width comma in Chinese can only become "，"), so 全部修正
   * may apply it unseen. Fixes that need a person's judgement (an admin's term replacement,
   * which can depend on context) are offered one at a time only.
   */
  certain?: boolean;
}

export type BlockCheck = (block: CheckedBlock) => ProofIssue[];
