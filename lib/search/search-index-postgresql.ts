import type { Database, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MatchPage, Matches, SearchFilters, SearchRow } from "./search-index-sql";
import { type QueryTerm, quoteLexeme, toTsQuery } from "./tokenize";

// The search index on PostgreSQL: the table "SearchIndex" of prisma/postgresql/postgresql-only.prisma.
// Each article's tokens (the same as the SQLite FTS5 table's) are written as tsvector literals, so
// PostgreSQL's parser never re-splits them: a phrase is its tokens at consecutive positions, as in
// FTS5. `document` holds them all, for matching through its GIN index; `ranking` the headline, the
// names and the body's first RANKED_BODY_TOKENS (bigrams only), for ordering: ranking every match by its whole
// vector meant unpacking ~10 KB per article (a common word, 8,000 articles: 200 ms), where this one
// is read as it is stored. Headline and names are weighted A, the body D: ts_rank's default weights
// (A 1.0, D 0.1) count a headline or name match ten times a body match, as bm25's weights do on
// SQLite; a news story's opening stands for its body (SQLite ranks by all of it). PostgreSQL keeps
// positions up to 16,383 and 256 per token: a phrase further into a very long article is not found
// there (FTS5 has no such limit).
//
// Beside each Chinese bigram `document` also holds the trigram starting at the same position
// (党建引领: 党建+党建引, 建引+建引领, 引领, 领). A three-character word is then one token that the
// index answers alone, and a longer one a phrase of trigrams, instead of a phrase of bigrams that
// PostgreSQL confirms by unpacking every article holding both (中原区: all of them). A search
// matches the same articles either way: the characters in a row.

/** Positions between the parts, so that no phrase spans a headline and a name, or a name and the body. */
const PART_GAP = 2;
/** How much of the body ranks results: about its first hundred characters, the lede. */
const RANKED_BODY_TOKENS = 100;

const HAN_BIGRAM = /^\p{Script=Han}{2}$/u;

/** The trigram two overlapping bigrams of one run make (党建, 建引: 党建引), else null. */
function trigramOf(bigram: string, next: string | undefined): string | null {
  return next !== undefined && HAN_BIGRAM.test(bigram) && HAN_BIGRAM.test(next) && bigram[1] === next[0]
    ? bigram + next[1]
    : null;
}

/**
 * Tokens as a tsvector literal: each token with its positions and weight, and with `trigrams` the
 * trigram each bigram starts at the same position.
 */
function tsvectorLiteral(parts: { tokens: string[]; weight: "A" | "" }[], trigrams: boolean): string {
  const positions = new Map<string, string[]>();
  const add = (lexeme: string, at: string) => {
    const list = positions.get(lexeme);
    if (list) list.push(at);
    else positions.set(lexeme, [at]);
  };
  let position = 0;
  for (const { tokens, weight } of parts) {
    tokens.forEach((token, i) => {
      position += 1;
      const at = `${Math.min(position, 16383)}${weight}`;
      add(token, at);
      const trigram = trigrams ? trigramOf(token, tokens[i + 1]) : null;
      if (trigram) add(trigram, at);
    });
    position += PART_GAP;
  }
  return [...positions].map(([token, list]) => `${quoteLexeme(token)}:${list.join(",")}`).join(" ");
}

/** A query's phrases of bigrams as phrases of the trigrams they make (机器 器人 人产 产业: 机器人 器人产 人产业). */
export function withTrigrams(terms: QueryTerm[]): QueryTerm[] {
  return terms.map((term) => {
    if (term.kind !== "phrase" || term.tokens.length < 2) return term;
    const trigrams = term.tokens.slice(0, -1).map((bigram, i) => trigramOf(bigram, term.tokens[i + 1]));
    return trigrams.every((t) => t !== null) ? { kind: "phrase", tokens: trigrams as string[] } : term;
  });
}

/** An article's two vectors: every token, and what ranks it. */
export function toSearchVectors(row: Pick<SearchRow, "headline" | "byline" | "body">): {
  document: string;
  ranking: string;
} {
  const tokens = (text: string) => text.split(" ").filter(Boolean);
  const headline = { tokens: tokens(row.headline), weight: "A" as const };
  const byline = { tokens: tokens(row.byline), weight: "A" as const };
  const body = tokens(row.body);
  return {
    document: tsvectorLiteral([headline, byline, { tokens: body, weight: "" }], true),
    // Ranked by the query's bigrams: no trigrams, to keep it small.
    ranking: tsvectorLiteral(
      [headline, byline, { tokens: body.slice(0, RANKED_BODY_TOKENS), weight: "" }],
      false,
    ),
  };
}

export async function deleteSearchRows(tx: Tx | Database, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.$executeRaw`DELETE FROM "SearchIndex" WHERE article_id IN (${Prisma.join(articleIds)})`;
}

/** Rows per statement: 6 parameters each, well under PostgreSQL's limit of 65,535. */
const ROWS_PER_INSERT = 200;

export async function insertSearchRows(tx: Tx | Database, rows: SearchRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows.slice(i, i + ROWS_PER_INSERT).map((row) => {
      const { document, ranking } = toSearchVectors(row);
      return Prisma.sql`(${row.articleId}, ${row.publishedAt}, ${row.year}, ${row.sectionId ?? ""}, ${document}::tsvector, ${ranking}::tsvector)`;
    });
    await tx.$executeRaw`INSERT INTO "SearchIndex" (article_id, published_at, year, section_id, document, ranking) VALUES ${Prisma.join(values)}`;
  }
}

export async function countSearchRows(tx: Tx | Database): Promise<number> {
  const rows = await tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "SearchIndex"`;
  return Number(rows[0]?.n ?? 0);
}

export async function clearSearchIndex(tx: Tx | Database): Promise<void> {
  await tx.$executeRaw`DELETE FROM "SearchIndex"`;
}

function where(filters: SearchFilters): Prisma.Sql {
  const clauses = [
    Prisma.sql`document @@ ${toTsQuery(withTrigrams(filters.terms))}::tsquery`,
    Prisma.sql`published_at <= ${filters.now}`,
  ];
  if (filters.year) clauses.push(Prisma.sql`year = ${filters.year}`);
  if (filters.sectionId) clauses.push(Prisma.sql`section_id = ${filters.sectionId}`);
  return Prisma.join(clauses, " AND ");
}

/**
 * The newest `cap` matches (and whether there are more), best first by ts_rank of the ranking
 * vector (headline and names ten times the body), newest first among equals.
 */
export async function searchMatches(db: Database, filters: SearchFilters, page: MatchPage): Promise<Matches> {
  // One statement: the newest cap + 1 matches are picked on (published_at, article_id) alone and
  // counted, then the newest cap's ranking vectors read. Sorting the matches with their vectors
  // (about 1.5 KB each) took twice as long; the lateral join keeps the count when the page is empty.
  const rows = await db.$queryRaw<{ n: bigint; article_id: string | null }[]>`
    WITH matches AS (
      SELECT article_id, published_at FROM "SearchIndex" WHERE ${where(filters)}
      ORDER BY published_at DESC, article_id LIMIT ${page.cap + 1}
    ), newest AS (
      SELECT * FROM matches ORDER BY published_at DESC, article_id LIMIT ${page.cap}
    )
    SELECT (SELECT count(*) FROM matches) AS n, ranked.article_id FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT s.article_id, ts_rank(s.ranking, ${toTsQuery(filters.terms)}::tsquery) AS score, newest.published_at
      FROM newest JOIN "SearchIndex" AS s USING (article_id)
      ORDER BY score DESC, newest.published_at DESC, s.article_id
      LIMIT ${page.limit} OFFSET ${page.offset}
    ) AS ranked ON true
    ORDER BY ranked.score DESC, ranked.published_at DESC, ranked.article_id`;
  const counted = Number(rows[0]?.n ?? 0);
  return { counted, ids: rows.flatMap((row) => (row.article_id === null ? [] : [row.article_id])) };
}
