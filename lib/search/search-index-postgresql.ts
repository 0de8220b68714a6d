import type { Database, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchFilters, SearchRow } from "./search-index-sql";
import { quoteLexeme, toTsQuery } from "./tokenize";

// The search index on PostgreSQL: the table "SearchIndex" of prisma/postgresql/postgresql-only.prisma,
// one tsvector per article over a GIN index. The vector is written from the same tokens as the
// SQLite FTS5 table, as a tsvector literal, so PostgreSQL's parser never re-splits them: a phrase
// is its tokens at consecutive positions, as in FTS5. Headline and names are weighted A, the body
// D; ts_rank's default weights (A 1.0, D 0.1) make a headline or name match count ten times a
// body match, as bm25's weights do on SQLite. PostgreSQL keeps positions up to 16,383 and 256 per
// token: a phrase further into a very long article is not found there (FTS5 has no such limit).

/** Positions between the parts, so that no phrase spans a headline and a name, or a name and the body. */
const PART_GAP = 2;

/** One article's tokens as a tsvector literal: each token with its positions and weight. */
export function toTsVector(row: Pick<SearchRow, "headline" | "byline" | "body">): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [text, weight] of [
    [row.headline, "A"],
    [row.byline, "A"],
    [row.body, ""],
  ] as const) {
    for (const token of text.split(" ")) {
      if (!token) continue;
      position += 1;
      const list = positions.get(token) ?? [];
      list.push(`${Math.min(position, 16383)}${weight}`);
      positions.set(token, list);
    }
    position += PART_GAP;
  }
  return [...positions].map(([token, list]) => `${quoteLexeme(token)}:${list.join(",")}`).join(" ");
}

export async function deleteSearchRows(tx: Tx | Database, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.$executeRaw`DELETE FROM "SearchIndex" WHERE article_id IN (${Prisma.join(articleIds)})`;
}

/** Rows per statement: 5 parameters each, well under PostgreSQL's limit of 65,535. */
const ROWS_PER_INSERT = 200;

export async function insertSearchRows(tx: Tx | Database, rows: SearchRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows
      .slice(i, i + ROWS_PER_INSERT)
      .map(
        (row) =>
          Prisma.sql`(${row.articleId}, ${row.publishedAt}, ${row.year}, ${row.sectionId ?? ""}, ${toTsVector(row)}::tsvector)`,
      );
    await tx.$executeRaw`INSERT INTO "SearchIndex" (article_id, published_at, year, section_id, document) VALUES ${Prisma.join(values)}`;
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
    Prisma.sql`document @@ ${toTsQuery(filters.terms)}::tsquery`,
    Prisma.sql`published_at <= ${filters.now}`,
  ];
  if (filters.year) clauses.push(Prisma.sql`year = ${filters.year}`);
  if (filters.sectionId) clauses.push(Prisma.sql`section_id = ${filters.sectionId}`);
  return Prisma.join(clauses, " AND ");
}

/** Best first by ts_rank (headline and names weighted ten times the body), newest first among equals. */
export async function searchArticleIds(
  db: Database,
  filters: SearchFilters,
  limit: number,
  offset: number,
): Promise<string[]> {
  const rows = await db.$queryRaw<{ article_id: string }[]>`
    SELECT article_id FROM "SearchIndex" WHERE ${where(filters)}
    ORDER BY ts_rank(document, ${toTsQuery(filters.terms)}::tsquery) DESC, published_at DESC, article_id
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => row.article_id);
}

export async function countSearchMatches(db: Database, filters: SearchFilters, cap: number): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (SELECT 1 FROM "SearchIndex" WHERE ${where(filters)} LIMIT ${cap}) AS matches`;
  return Number(rows[0]?.n ?? 0);
}
