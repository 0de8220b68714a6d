import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./database-url";

function createClient(url: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url }),
    omit: { user: { passwordHash: true } },
  });
}

export type Database = ReturnType<typeof createClient>;

// One client per process: Next's dev server re-evaluates modules on every change.
const globalForDb = globalThis as unknown as { newsroomDb?: Database };

export const db: Database = globalForDb.newsroomDb ?? createClient(databaseUrl());
if (process.env.NODE_ENV !== "production") globalForDb.newsroomDb = db;

/** A client on another database file, for commands and tests that must not touch the default one. */
export function openDatabase(url: string): Database {
  return createClient(url);
}

/** The client handed to the body of an interactive transaction. */
export type Tx = Prisma.TransactionClient;
