import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlClient } from "@/lib/generated/prisma-postgresql/client";
import { NewsroomPostgresql } from "./database/postgresql-adapter";
import { isDatabaseBusy } from "./errors/database-busy";
import { type DatabaseProvider, databaseProvider, databaseUrl } from "./database-url";
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
  constructor(
    url: string,
    private readonly ready: Promise<unknown>,
  ) {
    super({ url, timeout: BUSY_TIMEOUT_MS });
  }

  async connect(): Promise<Adapter> {
    await this.ready;
    const adapter = await super.connect();
    // WAL: readers never wait for a writer, and a writer's commit never waits for readers.
    await adapter.executeScript("PRAGMA journal_mode = WAL;");
    const begin = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = (isolationLevel) => beginWriting(begin, isolationLevel);
    return adapter;
  }
}

const CLIENT_OPTIONS = {
  omit: { user: { passwordHash: true } },
  // Prisma's default (2 s) would give up on a transaction still waiting for the write lock.
  transactionOptions: { maxWait: WRITE_LOCK_WAIT_MS + 5 * BUSY_TIMEOUT_MS },
};

function createSqliteClient(url: string, ready: Promise<unknown>) {
  return new PrismaClient({ adapter: new NewsroomSqlite(url, ready), ...CLIENT_OPTIONS });
}

export type Database = ReturnType<typeof createSqliteClient>;

const PROVIDER = Symbol("newsroom.databaseProvider");

/**
 * The database a URL names, by its scheme: SQLite (`file:`, the embedded default) or PostgreSQL
 * (`postgresql://`, which several instances can share). Both clients come from one schema
 * (prisma/schema.prisma; the PostgreSQL one is generated from it by `npm run db:generate`) and
 * answer the same queries, so the app has one Database type; raw SQL, which differs, is chosen
 * per provider where it is written (lib/search/search-index-sql.ts).
 */
function createClient(url: string, ready: Promise<unknown> = Promise.resolve()): Database {
  const provider = databaseProvider(url);
  // The cast is sound: the PostgreSQL client is generated from the same models, with the same
  // delegates and arguments (plus the search table, which only raw SQL touches).
  const client =
    provider === "sqlite"
      ? createSqliteClient(url, ready)
      : (new PostgresqlClient({
          adapter: new NewsroomPostgresql(url, WRITE_LOCK_WAIT_MS, ready),
          ...CLIENT_OPTIONS,
        }) as unknown as Database);
  // Read back by providerOf, also through a transaction's client (Prisma forwards to the client).
  Object.defineProperty(client, PROVIDER, { value: provider });
  return client;
}

/** Which database a client, or a transaction's client, talks to: for the raw SQL that differs. */
export function providerOf(db: Database | Tx): DatabaseProvider {
  const provider = (db as unknown as Record<symbol, DatabaseProvider | undefined>)[PROVIDER];
  if (!provider) throw new Error("providerOf: not a client made by lib/db.ts");
  return provider;
}

// One client per process: Next's dev server re-evaluates modules on every change.
const globalForDb = globalThis as unknown as { newsroomDb?: Database };

export const db: Database = globalForDb.newsroomDb ?? createClient(databaseUrl());
if (env().NODE_ENV !== "production") globalForDb.newsroomDb = db;

/**
 * A client on another database, for commands and tests that must not touch the default one.
 * Its first query waits for `ready` (a test database still being migrated, say).
 */
export function openDatabase(url: string, ready?: Promise<unknown>): Database {
  return createClient(url, ready);
}

/** The client handed to the body of an interactive transaction. */
export type Tx = Prisma.TransactionClient;
