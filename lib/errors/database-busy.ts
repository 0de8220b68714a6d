import { AppError } from "./app-error";

export const DATABASE_BUSY_MESSAGE = "数据库繁忙，请稍后重试。";

/**
 * SQLite's "another connection holds the write lock" (SQLITE_BUSY), as the driver adapter
 * reports it (kind SocketTimeout) and as Prisma rethrows it (P1008), or a transaction that
 * could not start in time because of it (P2028); on PostgreSQL, the newsroom's write lock not
 * taken within its wait (lock_not_available, 55P03: lib/database/postgresql-adapter.ts).
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: { kind?: unknown; originalCode?: unknown } };
  return (
    code === "P1008" ||
    code === "P2028" ||
    cause?.kind === "SocketTimeout" ||
    cause?.originalCode === "SQLITE_BUSY" ||
    cause?.originalCode === "55P03"
  );
}

/** The busy database as a message the person can act on; anything else unchanged. */
export function toBusyError(error: unknown): unknown {
  return isDatabaseBusy(error) ? new AppError("BUSY", DATABASE_BUSY_MESSAGE) : error;
}
