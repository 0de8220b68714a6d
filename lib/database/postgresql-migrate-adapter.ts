import { PrismaPg } from "@prisma/adapter-pg";
import { postgresqlConnection } from "./postgresql-url.cjs";

// Prisma 6.19's migration engine on PostgreSQL, through the driver adapter (there is no native
// schema engine on these machines). Two gaps of @prisma/adapter-pg 6.19 are closed here, for the
// CLI only (prisma.config.ts); the app's client does not need this.

/** PostgreSQL catalog types the adapter has no mapping for, which Migrate reads as text. */
const CATALOG_TEXT_TYPES = new Set([
  18, // "char"
  19, // name: "Column type 'name' could not be deserialized"
]);
const TEXT = 25;

interface PgResult {
  fields: { dataTypeID: number }[];
}
interface Queryable {
  performIO(query: unknown): Promise<PgResult>;
}
interface Connection extends Queryable {
  startTransaction(isolationLevel?: unknown): Promise<unknown>;
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
  /** Rethrows a driver error as the adapter reports errors to Prisma. */
  onError(error: unknown): never;
}

/** Reports catalog columns as text. performIO is the adapter's one way to the database. */
function readCatalogTypesAsText<T>(queryable: T): T {
  const target = queryable as unknown as Queryable;
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
    return result;
  };
  return queryable;
}

function patchConnection<T>(adapter: T): T {
  const connection = readCatalogTypesAsText(adapter) as unknown as Connection;
  const begin = connection.startTransaction.bind(connection);
  connection.startTransaction = async (isolationLevel) => readCatalogTypesAsText(await begin(isolationLevel));
  // The adapter cuts a script at every ";" (inside a comment or a string too); PostgreSQL runs
  // a whole migration file as one simple query.
  connection.executeScript = async (script) => {
    await connection
      .underlyingDriver()
      .query(script)
      .catch((error: unknown) => connection.onError(error));
  };
  return adapter;
}

export class PostgresqlMigrateAdapter extends PrismaPg {
  constructor(url: string) {
    const { connectionString, options, schema } = postgresqlConnection(url);
    // allowExitOnIdle: the CLI does not close the pool, which would keep it alive for 10 s.
    super({ connectionString, options, allowExitOnIdle: true }, { schema });
  }

  async connect() {
    return patchConnection(await super.connect());
  }

  async connectToShadowDb() {
    return patchConnection(await super.connectToShadowDb());
  }
}
