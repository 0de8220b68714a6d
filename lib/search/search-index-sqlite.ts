import type { Database, Tx } from "@/lib/db";
import type { SearchFilters, SearchRow } from "./search-index-sql";
import { toMatchExpression } from "./tokenize";

// The search index on SQLite: an FTS5 table (prisma/migrations/…_photos_and_byline_search)
// whose columns hold the tokens as space-separated words, ranked by bm25 with the headline
// and byline weighted ten times the body (the table's 'rank' setting).

export async function deleteSearchRows(tx: Tx | Database, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.$executeRawUnsafe(
    `DELETE FROM "SearchIndex" WHERE article_id IN (${articleIds.map(() => "?").join(",")})`,
    ...articleIds,
  );
}

/** SQLite binds at most 999 parameters per statement by default, Prisma's limit too. */
const ROWS_PER_INSERT = Math.floor(999 / 7);

export async function insertSearchRows(tx: Tx | Database, rows: SearchRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    await tx.$executeRawUnsafe(
      `INSERT INTO "SearchIndex" (article_id, published_at, year, section_id, headline, body, byline) VALUES ${batch.map(() => "(?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
      ...batch.flatMap((row) => [
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
  const clauses = [`"SearchIndex" MATCH ?`, "published_at <= ?"];
  const params: unknown[] = [toMatchExpression(filters.terms), filters.now];
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

/** Best first by the table's rank: bm25, headline and byline weighted ten times the body. */
export async function searchArticleIds(
  db: Database,
  filters: SearchFilters,
  limit: number,
  offset: number,
): Promise<string[]> {
  const { sql, params } = where(filters);
  const rows = await db.$queryRawUnsafe<{ article_id: string }[]>(
    `SELECT article_id FROM "SearchIndex" WHERE ${sql} ORDER BY rank LIMIT ? OFFSET ?`,
    ...params,
    limit,
    offset,
  );
  return rows.map((row) => row.article_id);
}

export async function countSearchMatches(db: Database, filters: SearchFilters, cap: number): Promise<number> {
  const { sql, params } = where(filters);
  const rows = await db.$queryRawUnsafe<{ n: number | bigint }[]>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM "SearchIndex" WHERE ${sql} LIMIT ?)`,
    ...params,
    cap,
  );
  return Number(rows[0]?.n ?? 0);
}
