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

/** Which ranked matches to read: `limit` from `offset`, among the newest `cap`. */
export interface MatchPage {
  cap: number;
  limit: number;
  offset: number;
}

export interface Matches {
  /** How many articles match, counted no further than cap + 1 (more than cap: "1,000+"). */
  counted: number;
  /** The page of matching article ids, best first. */
  ids: string[];
}

/**
 * Matching article ids, best first (headline and credited names weigh ten times the body), and
 * how many match. Only the newest `cap` matches are ranked, so a word in every article costs the
 * same as a rare one however large the archive grows; a reader is shown "1,000+" and the best
 * of the newest thousand.
 */
export function searchMatches(db: Database, filters: SearchFilters, page: MatchPage): Promise<Matches> {
  return index(db).searchMatches(db, filters, page);
}
