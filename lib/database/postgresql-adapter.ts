import { PrismaPg } from "@prisma/adapter-pg";
import { postgresqlConnection } from "./postgresql-url.cjs";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

const ROLLBACK = { sql: "ROLLBACK", args: [], argTypes: [] };
/**
 * The newsroom's write lock: one transaction at a time per schema, across every process and
 * instance on the database. (The two-key form keeps it apart from Prisma Migrate's one-key lock.)
 */
const TAKE_WRITE_LOCK = {
  sql: "SELECT pg_advisory_xact_lock(20261126, hashtext(current_schema()))",
  args: [],
  argTypes: [],
};

/**
 * Starts every transaction by taking the newsroom's write lock, waiting at most `lockWaitMs`.
 * The domain code was written against SQLite, where transactions never interleave (one writer
 * at a time, see lib/db.ts): it reads a version or a number and writes what follows from it.
 * PostgreSQL's default isolation lets two such transactions read the same value; taking one
 * lock first gives them SQLite's order, for every instance at once. A newsroom writes rarely
 * (saves, transitions, imports); readers never take it.
 */
async function beginWriting(
  begin: Adapter["startTransaction"],
  isolationLevel: Parameters<Adapter["startTransaction"]>[0],
  lockWaitMs: number,
): Promise<Transaction> {
  const tx = await begin(isolationLevel);
  try {
    await tx.executeRaw({
      sql: `SET LOCAL lock_timeout = ${Math.round(lockWaitMs)}`,
      args: [],
      argTypes: [],
    });
    await tx.executeRaw(TAKE_WRITE_LOCK);
    return tx;
  } catch (error) {
    await tx.executeRaw(ROLLBACK).catch(() => undefined);
    await tx.rollback();
    throw error;
  }
}

/** Prisma's PostgreSQL adapter on a DATABASE_URL's schema, with the newsroom's write lock. */
export class NewsroomPostgresql extends PrismaPg {
  constructor(
    url: string,
    private readonly lockWaitMs: number,
    /** Awaited before the first connection (a test database still being migrated). */
    private readonly ready: Promise<unknown>,
  ) {
    const { connectionString, options, schema } = postgresqlConnection(url);
    super({ connectionString, options }, { schema });
  }

  async connect(): Promise<Adapter> {
    await this.ready;
    const adapter = await super.connect();
    const begin = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = (isolationLevel) => beginWriting(begin, isolationLevel, this.lockWaitMs);
    return adapter;
  }
}
