import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseBusy } from "./errors/database-busy";
import { databaseUrl } from "./database-url";
import { env } from "./env";

/**
 * How long one statement waits for another connection's write lock. better-sqlite3 waits
 * synchronously, stalling every request of this process meanwhile, so it is kept short; a
 * transaction waits longer, between attempts (below).
 */
const BUSY_TIMEOUT_MS = 1000;
/** How long a transaction keeps trying to start while another process (an import) writes. */
export const WRITE_LOCK_WAIT_MS = 15_000;
const RETRY_PAUSE_MS = 100;

/** A write to nothing: makes SQLite take the write lock now, as BEGIN IMMEDIATE would. */
const TAKE_WRITE_LOCK = { sql: `DELETE FROM "Setting" WHERE 0`, args: [], argTypes: [] };
const ROLLBACK = { sql: "ROLLBACK", args: [], argTypes: [] };

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * Starts every transaction by taking the write lock. The adapter's plain BEGIN defers it to
 * the first write, and SQLite cannot wait for a lock that a transaction which has already
 * read upgrades to: a save (read the version, then write) failed at once, as "服务器出错",
 * whenever an import was writing. Taken first, the lock is waited for; between attempts the
 * event loop stays free.
 */
async function beginWriting(
  begin: Adapter["startTransaction"],
  isolationLevel: Parameters<Adapter["startTransaction"]>[0],
) {
  const deadline = Date.now() + WRITE_LOCK_WAIT_MS;
  for (;;) {
    const tx = await begin(isolationLevel);
    try {
      await tx.executeRaw(TAKE_WRITE_LOCK);
      return tx;
    } catch (error) {
      await tx.executeRaw(ROLLBACK);
      await tx.rollback();
      if (!isDatabaseBusy(error) || Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
  }
}

class NewsroomSqlite extends PrismaBetterSQLite3 {
  constructor(url: string) {
    super({ url, timeout: BUSY_TIMEOUT_MS });
  }

  async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    // WAL: readers never wait for a writer, and a writer's commit never waits for readers.
    await adapter.executeScript("PRAGMA journal_mode = WAL;");
    const begin = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = (isolationLevel) => beginWriting(begin, isolationLevel);
    return adapter;
  }
}

function createClient(url: string): PrismaClient {
  return new PrismaClient({
    adapter: new NewsroomSqlite(url),
    omit: { user: { passwordHash: true } },
    // Prisma's default (2 s) would give up on a transaction still waiting for the write lock.
    transactionOptions: { maxWait: WRITE_LOCK_WAIT_MS + 5 * BUSY_TIMEOUT_MS },
  });
}

export type Database = ReturnType<typeof createClient>;

// One client per process: Next's dev server re-evaluates modules on every change.
const globalForDb = globalThis as unknown as { newsroomDb?: Database };

export const db: Database = globalForDb.newsroomDb ?? createClient(databaseUrl());
if (env().NODE_ENV !== "production") globalForDb.newsroomDb = db;

/** A client on another database file, for commands and tests that must not touch the default one. */
export function openDatabase(url: string): Database {
  return createClient(url);
}

/** The client handed to the body of an interactive transaction. */
export type Tx = Prisma.TransactionClient;
