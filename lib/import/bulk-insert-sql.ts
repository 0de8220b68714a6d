import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Raw SQL for the archive import's bulk rows: Prisma's createMany costs about half a
// millisecond per row in its query compiler, which made a 20,000-article archive take over a
// minute while holding the write lock. Columns are the Prisma models' own; callers type each
// row against Prisma's CreateManyInput so a renamed column fails to compile. A Json column's
// value (an object) is written as JSON text, as Prisma writes it; dates are bound as they are.

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
  const names = columns.map((column) => `"${column}"`).join(", ");
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const batch = rows.slice(i, i + perStatement);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${names}) VALUES ${batch.map(() => tuple).join(", ")}`,
      ...batch.flatMap((row) => columns.map((column) => bound(row[column]))),
    );
  }
}
