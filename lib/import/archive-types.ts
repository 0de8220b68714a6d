export type CreditRole = "REPORTER" | "CORRESPONDENT" | "PHOTOGRAPHER";

export interface BylineCredit {
  role: CreditRole;
  name: string;
}

export type ImportWarningCode =
  "DOUBLED_AT_CUT" | "NO_FINAL_PUNCTUATION" | "NO_BYLINE" | "TEXT_BEFORE_FIRST_HEADING";

// A type, not an interface: it is stored in ImportBatch.report (Json).
export type ImportWarning = {
  code: ImportWarningCode;
  /** 1-based position of the article in the file, when the warning concerns one. */
  article?: number;
  message: string;
};

/** One article as read from the archive, before any database work. */
export interface ParsedArticle {
  headline: string;
  subtitle: string;
  /** Paragraphs after rejoining cuts, in the original (source) punctuation. */
  paragraphs: string[];
  credits: BylineCredit[];
  /** The article's section of the file exactly as it was, for provenance. */
  sourceText: string;
}

export interface ParsedArchive {
  articles: ParsedArticle[];
  /** YYYY-MM-DD */
  issueDate: string;
  dateEvidence: string[];
  warnings: ImportWarning[];
}
