import type { Database, Tx } from "@/lib/db";
import type { MatchPage, Matches, SearchFilters, SearchRow } from "./search-index-sql";
import { toMatchExpression } from "./tokenize";

// The search index on SQLite: an FTS5 table (prisma/migrations/…_photos_and_byline_search)
// whose columns hold the tokens as space-separated words, ranked by bm25 with the headline
// and byline weighted ten times the body (the table's 'rank' setting).
//
// A row's rowid is its publication order (publicationRowid): FTS5 answers a rowid range and
// "newest first" from the index itself, so "published by now" and "the newest N matches" cost
// no lookups of the stored columns, however many articles match (…_search_newest_first).

export async function deleteSearchRows(tx: Tx | Database, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.$executeRawUnsafe(
    `DELETE FROM "SearchIndex" WHERE article_id IN (${articleIds.map(() => "?").join(",")})`,
    ...articleIds,
  );
}

/**
 * Rowids per second of publication: articles published in the same second (an issue's, an
 * imported archive's) take consecutive ones. 2^21 × epoch seconds stays below 2^53 until 2106.
 */
export const ROWIDS_PER_SECOND = 2 ** 21;

/**
 * The first rowid of an article published at `publishedAt` (epoch ms): the second it falls in,
 * rounded up, so that searches find it from that second on, never before it is published.
 */
export const publicationRowid = (publishedAt: number) =>
  Math.floor((Math.floor(publishedAt) + 999) / 1000) * ROWIDS_PER_SECOND;

/** The first rowid no search at `now` may find: that of the next second. */
const unpublishedRowid = (now: number) => (Math.floor(now / 1000) + 1) * ROWIDS_PER_SECOND;

/**
 * Rowids for new rows, in publication order: after any row already published at the same moment
 * (the migration numbers existing rows the same way).
 */
async function assignRowids(tx: Tx | Database, rows: SearchRow[]): Promise<number[]> {
  const next = new Map<number, number>();
  const rowids: number[] = [];
  for (const row of rows) {
    const first = publicationRowid(row.publishedAt);
    let rowid = next.get(first);
    if (rowid === undefined) {
      const [taken] = await tx.$queryRawUnsafe<{ last: number | bigint | null }[]>(
        `SELECT max(rowid) AS last FROM "SearchIndex" WHERE rowid >= ? AND rowid < ?`,
        first,
        first + ROWIDS_PER_SECOND,
      );
      rowid = taken?.last == null ? first : Number(taken.last) + 1;
    }
    if (rowid >= first + ROWIDS_PER_SECOND)
      throw new Error(`同一秒发布的文章超过 ${ROWIDS_PER_SECOND} 篇，无法编入搜索索引。`);
    rowids.push(rowid);
    next.set(first, rowid + 1);
  }
  return rowids;
}

/** SQLite binds at most 999 parameters per statement by default, Prisma's limit too. */
const ROWS_PER_INSERT = Math.floor(999 / 8);

export async function insertSearchRows(tx: Tx | Database, rows: SearchRow[]): Promise<void> {
  const rowids = await assignRowids(tx, rows);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    await tx.$executeRawUnsafe(
      `INSERT INTO "SearchIndex" (rowid, article_id, published_at, year, section_id, headline, body, byline) VALUES ${batch.map(() => "(?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
      ...batch.flatMap((row, j) => [
        rowids[i + j],
        row.articleId,
        row.publishedAt,
        row.year,
        row.sectionId ?? "",
        row.headline,
        row.body,
        row.byline,
      ]),
    );
  }
}

export async function countSearchRows(tx: Tx | Database): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n FROM "SearchIndex"`);
  return Number(rows[0]?.n ?? 0);
}

export async function clearSearchIndex(tx: Tx | Database): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM "SearchIndex"`);
}

function where(filters: SearchFilters): { sql: string; params: unknown[] } {
  const clauses = [`"SearchIndex" MATCH ?`, "rowid < ?"];
  const params: unknown[] = [toMatchExpression(filters.terms), unpublishedRowid(filters.now)];
  if (filters.year) {
    clauses.push("year = ?");
    params.push(filters.year);
  }
  if (filters.sectionId) {
    clauses.push("section_id = ?");
    params.push(filters.sectionId);
  }
  return { sql: clauses.join(" AND "), params };
}

/**
 * The newest `cap` matches (and whether there are more), ranked by the table's rank: bm25, the
 * headline and names weighted ten times the body; newest first among equals.
 */
export async function searchMatches(db: Database, filters: SearchFilters, page: MatchPage): Promise<Matches> {
  const { sql, params } = where(filters);
  // The (cap + 1)th newest match, when there is one, bounds the ranked set from below.
  const [newest] = await db.$queryRawUnsafe<{ n: number | bigint; oldest: number | bigint | null }[]>(
    `SELECT count(*) AS n, min(r) AS oldest FROM (SELECT rowid AS r FROM "SearchIndex" WHERE ${sql} ORDER BY rowid DESC LIMIT ?)`,
    ...params,
    page.cap + 1,
  );
  const counted = Number(newest?.n ?? 0);
  if (counted === 0) return { counted, ids: [] };
  const rows = await db.$queryRawUnsafe<{ article_id: string }[]>(
    `SELECT article_id FROM "SearchIndex" WHERE ${sql} AND rowid ${counted > page.cap ? ">" : ">="} ? ORDER BY rank, rowid DESC LIMIT ? OFFSET ?`,
    ...params,
    newest.oldest,
    page.limit,
    page.offset,
  );
  return { counted, ids: rows.map((row) => row.article_id) };
}
