import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Raw SQL for the archive import's bulk rows: Prisma's createMany costs about half a
// millisecond per row in its query compiler, which made a 20,000-article archive take over a
// minute while holding the write lock. Columns are the Prisma models' own; callers type each
// row against Prisma's CreateManyInput so a renamed column fails to compile. Built with
// Prisma.sql, which writes each database's own placeholders (`?` for SQLite, `$1` for PostgreSQL).
// A Json column's value (an object) is written as JSON text, as Prisma writes it (PostgreSQL
// reads the untyped parameter as the column's jsonb, an enum's name as the enum); dates are
// bound as they are.

/** Bound parameters per statement: SQLite's default limit, which Prisma also holds SQLite to. */
const MAX_PARAMS = 999;

const bound = (value: unknown) =>
  value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value;

/** Inserts rows that all have the same columns, as few statements as the parameter limit allows. */
export async function insertRows(
  tx: Tx,
  table: Prisma.ModelName,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const perStatement = Math.floor(MAX_PARAMS / columns.length);
  const head = Prisma.raw(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `,
  );
  for (let i = 0; i < rows.length; i += perStatement) {
    const tuples = rows
      .slice(i, i + perStatement)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => bound(row[column])))})`);
    await tx.$executeRaw`${head}${Prisma.join(tuples)}`;
  }
}
