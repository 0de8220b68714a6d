// @ts-check
// Reads ReaderInvalidation rows for the page cache handler (cache-handler.cjs). Plain CommonJS
// and better-sqlite3, because it runs inside Next's server outside the app's bundles.
const { existsSync } = require("node:fs");
const path = require("node:path");
const Database = require("better-sqlite3");

/**
 * A page is stamped when its render ends, but read the database while rendering: a change
 * committed during a render would otherwise be stamped as older than the page that missed it.
 * So an invalidation also covers pages finished up to this long after it (they render once more).
 */
const RENDER_MARGIN_MS = 3000;

/**
 * @param {string} databaseUrl the app's `file:` DATABASE_URL
 * @returns {{ invalidatedSince(tags: string[], renderedAt: number): boolean }}
 */
function openInvalidationReader(databaseUrl) {
  const file = path.resolve(databaseUrl.replace(/^file:/, ""));
  /** @type {import("better-sqlite3").Database | null} */
  let db = null;
  /** @type {Map<number, import("better-sqlite3").Statement>} */
  const statements = new Map();

  /** @param {number} count */
  function statement(count) {
    let found = statements.get(count);
    if (!found) {
      db ??= new Database(file, { readonly: true, fileMustExist: true });
      const placeholders = Array.from({ length: count }, () => "?").join(",");
      found = db
        .prepare(
          `SELECT 1 FROM "ReaderInvalidation" WHERE "tag" IN (${placeholders}) AND "at" > ? AND "at" <= ? LIMIT 1`,
        )
        .pluck();
      statements.set(count, found);
    }
    return found;
  }

  return {
    invalidatedSince(tags, renderedAt) {
      // No database yet (a build runs without one): nothing was rendered from it either.
      if (tags.length === 0 || (!db && !existsSync(file))) return false;
      try {
        return statement(tags.length).get(...tags, renderedAt - RENDER_MARGIN_MS, Date.now()) !== undefined;
      } catch (error) {
        // No table yet (before migrations): nothing was rendered from it. Anything else is a fault.
        const code = /** @type {{ code?: string }} */ (error).code;
        if (code === "SQLITE_ERROR") return false;
        throw error;
      }
    },
  };
}

module.exports = { openInvalidationReader, RENDER_MARGIN_MS };
