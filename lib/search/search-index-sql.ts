import { type Database, type Tx, providerOf } from "@/lib/db";
import * as postgresql from "./search-index-postgresql";
import * as sqlite from "./search-index-sqlite";
import type { QueryTerm } from "./tokenize";

// The full-text index is the one part of the data Prisma cannot describe, so it is raw SQL,
// written once per database: SQLite's FTS5 table (search-index-sqlite.ts) and PostgreSQL's
// tsvector column with a GIN index (search-index-postgresql.ts), which index the same tokens and
// answer the same searches. The rest of the app calls these functions only.

/** One article's searchable text, as tokens from tokenize.ts joined by spaces, and when and where it is listed. */
export interface SearchRow {
  articleId: string;
  /** Epoch milliseconds from which readers may find it. */
  publishedAt: number;
  year: string;
  sectionId: string | null;
  headline: string;
  body: string;
  byline: string;
}

export interface SearchFilters {
  /** What to find: every term, each a phrase of tokens in a row or a one-character prefix. */
  terms: QueryTerm[];
  now: number;
  year?: string;
  sectionId?: string;
}

const index = (db: Database | Tx) => (providerOf(db) === "postgresql" ? postgresql : sqlite);

export function deleteSearchRows(tx: Tx | Database, articleIds: string[]): Promise<void> {
  return index(tx).deleteSearchRows(tx, articleIds);
}

export function insertSearchRows(tx: Tx | Database, rows: SearchRow[]): Promise<void> {
  return index(tx).insertSearchRows(tx, rows);
}

export function countSearchRows(tx: Tx | Database): Promise<number> {
  return index(tx).countSearchRows(tx);
}

export function clearSearchIndex(tx: Tx | Database): Promise<void> {
  return index(tx).clearSearchIndex(tx);
}

/** Matching article ids, best first: headline and credited names weigh ten times the body. */
export function searchArticleIds(
  db: Database,
  filters: SearchFilters,
  limit: number,
  offset: number,
): Promise<string[]> {
  return index(db).searchArticleIds(db, filters, limit, offset);
}

/** How many articles match, counting no further than `cap` (a reader needs "1,000+", not 4,534). */
export function countSearchMatches(db: Database, filters: SearchFilters, cap: number): Promise<number> {
  return index(db).countSearchMatches(db, filters, cap);
}
