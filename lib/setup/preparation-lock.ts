import pg from "pg";
import { databaseProvider } from "@/lib/database-url";
import { postgresqlConnection } from "@/lib/database/postgresql-url.cjs";

/**
 * Runs a start's preparation (migrations, the first import, demo accounts) while no other
 * instance prepares the same database: two instances started together would otherwise both find
 * no issue and both import the archive. On PostgreSQL a session lock, released when its
 * connection ends, even if this process dies; an SQLite file is served from one machine by one
 * `npm start`, whose primary process alone prepares it.
 */
export async function whilePreparing<T>(url: string, work: () => Promise<T>): Promise<T> {
  if (databaseProvider(url) !== "postgresql") return work();
  const { connectionString, options, schema } = postgresqlConnection(url);
  const client = new pg.Client({ connectionString, options });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(20261127, hashtext($1))", [schema]);
    return await work();
  } finally {
    await client.end();
  }
}
