// @ts-check
// Reads ReaderInvalidation rows for the page cache handler (cache-handler.cjs) and the production
// server's kept pages (lib/server/send-cached-page.ts). Plain CommonJS, because it runs inside
// Next's server outside the app's bundles: better-sqlite3 for SQLite, pg for PostgreSQL.
const { existsSync } = require("node:fs");
const path = require("node:path");
const Database = require("better-sqlite3");
const { Pool } = require("pg");
const { postgresqlConnection } = require("../database/postgresql-url.cjs");
const { INVALIDATIONS_VERSION_KEY } = require("./invalidations-version.cjs");

/**
 * A page is stamped when its render ends, but read the database while rendering: a change
 * committed during a render would otherwise be stamped as older than the page that missed it.
 * So an invalidation also covers pages finished up to this long after it (they render once more).
 */
const RENDER_MARGIN_MS = 3000;

/**
 * On PostgreSQL, how old the invalidations a server process knows may be: each process reads them
 * again at least this often, and serves no kept page when its last reading is older. So a change
 * made on any instance reaches readers of every instance within this time (READER_CACHE_TTL_MS).
 */
const DEFAULT_TTL_MS = Number(process.env.READER_CACHE_TTL_MS || 1000);

/**
 * @typedef {object} InvalidationReader
 * @property {(tags: string[], renderedAt: number) => boolean} invalidatedSince whether a page with
 *   these tags rendered at `renderedAt` is out of date, by the invalidations the reader knows
 * @property {() => boolean} isCurrent whether what it knows is recent enough to vouch for a page
 *   (SQLite: always, it reads the database's version at most a millisecond before a call)
 * @property {() => Promise<void>} refresh reads the invalidations again from now (SQLite: at the next call)
 */

/**
 * @param {string} databaseUrl the app's `file:` DATABASE_URL
 * @returns {InvalidationReader}
 */
function openSqliteReader(databaseUrl) {
  const file = path.resolve(databaseUrl.replace(/^file:/, ""));
  /** @type {import("better-sqlite3").Database | null} */
  let db = null;
  const open = () => (db ??= new Database(file, { readonly: true, fileMustExist: true }));
  /** @type {Map<number, import("better-sqlite3").Statement>} */
  const statements = new Map();

  /** @param {number} count */
  function statement(count) {
    let found = statements.get(count);
    if (!found) {
      const placeholders = Array.from({ length: count }, () => "?").join(",");
      found = open()
        .prepare(
          `SELECT 1 FROM "ReaderInvalidation" WHERE "tag" IN (${placeholders}) AND "at" > ? AND "at" <= ? LIMIT 1`,
        )
        .pluck();
      statements.set(count, found);
    }
    return found;
  }

  // Every kept page is checked before it is sent, and the query is most of what sending one
  // costs. Its answer can only change when another connection commits (SQLite's data_version
  // says so, exactly and cheaply) or when a scheduled moment comes, so answers are kept until then.
  /** @type {WeakMap<string[], { renderedAt: number, invalidated: boolean }>} keyed by a page's tags list */
  let answers = new WeakMap();
  let seenVersion = -1;
  let answersHoldUntil = 0;
  // Even data_version was a ninth of a kept page's cost (5 of ~45 µs of a core), so it is read at
  // most once per millisecond of the clock: a commit is seen by every request handled from the
  // next millisecond on (a reader who saw it committed, over any network, asks again later).
  let versionReadAt = -1;
  /** @type {import("better-sqlite3").Statement | null} */
  let dataVersion = null;
  /** @type {import("better-sqlite3").Statement | null} */
  let nextMoment = null;

  /** Forgets the kept answers when the database changed or a scheduled moment has come. */
  function forgetOutdatedAnswers() {
    dataVersion ??= open().prepare("PRAGMA data_version").pluck();
    nextMoment ??= open().prepare(`SELECT MIN("at") FROM "ReaderInvalidation" WHERE "at" > ?`).pluck();
    const now = Date.now();
    if (now === versionReadAt && now < answersHoldUntil) return;
    versionReadAt = now;
    // The version first: a commit after it is seen at the next reading.
    const version = Number(dataVersion.get());
    if (version === seenVersion && now < answersHoldUntil) return;
    answers = new WeakMap();
    seenVersion = version;
    answersHoldUntil = Number(nextMoment.get(now) ?? Infinity);
  }

  return {
    invalidatedSince(tags, renderedAt) {
      // No database yet (a build runs without one): nothing was rendered from it either.
      if (tags.length === 0 || (!db && !existsSync(file))) return false;
      try {
        forgetOutdatedAnswers();
        const known = answers.get(tags);
        if (known?.renderedAt === renderedAt) return known.invalidated;
        const invalidated =
          statement(tags.length).get(...tags, renderedAt - RENDER_MARGIN_MS, Date.now()) !== undefined;
        answers.set(tags, { renderedAt, invalidated });
        return invalidated;
      } catch (error) {
        // No table yet (before migrations): nothing was rendered from it. Anything else is a fault.
        const code = /** @type {{ code?: string }} */ (error).code;
        if (code === "SQLITE_ERROR") return false;
        throw error;
      }
    },
    isCurrent: () => true,
    // The next check reads the version again, within this millisecond too.
    refresh: async () => {
      versionReadAt = -1;
    },
  };
}

/**
 * PostgreSQL is a network away: a query per page would cost more than sending the page. Each
 * process keeps a copy of the invalidations instead (the table holds one row per tag and moment,
 * older ones of a tag deleted), and checks twice per TTL whether they changed: every invalidation
 * rewrites one Setting row in its own transaction, so a changed value means read the rows again.
 * @param {string} databaseUrl the app's `postgresql://` DATABASE_URL
 * @param {number} ttlMs
 * @returns {InvalidationReader}
 */
function openPostgresqlReader(databaseUrl, ttlMs) {
  const { connectionString, options } = postgresqlConnection(databaseUrl);
  const pool = new Pool({ connectionString, options, max: 1, allowExitOnIdle: true });
  // A connection lost while idle is replaced by the next check.
  pool.on("error", () => {});
  /** @type {Map<string, number[]>} tag → the moments it was invalidated */
  let moments = new Map();
  /** @type {string | undefined} the version row as last read */
  let version;
  /** When the last successful check began. */
  let checkedAt = -Infinity;
  /** @type {Promise<void> | null} the check under way */
  let running = null;
  /** @type {Promise<void> | null} the check to start when that one ends, shared by all who wait for it */
  let queued = null;
  /** @type {NodeJS.Timeout | null} */
  let timer = null;
  let failing = false;

  async function check() {
    const startedAt = Date.now();
    try {
      const found = await pool.query(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [
        INVALIDATIONS_VERSION_KEY,
      ]);
      const current = JSON.stringify(found.rows[0]?.value ?? null);
      if (current !== version) {
        // Read after the version: a change committed in between is read now and seen again next time.
        const rows = await pool.query(`SELECT "tag", "at" FROM "ReaderInvalidation"`);
        /** @type {Map<string, number[]>} */
        const next = new Map();
        for (const { tag, at } of rows.rows) {
          const list = next.get(tag);
          if (list) list.push(Number(at));
          else next.set(tag, [Number(at)]);
        }
        moments = next;
        version = current;
      }
      failing = false;
    } catch (error) {
      // No tables yet (before migrations): nothing was rendered from the database either.
      if (/** @type {{ code?: string }} */ (error).code !== "42P01") {
        if (!failing) console.error(`读取页面失效记录失败：${/** @type {Error} */ (error).message}`);
        failing = true;
        throw error;
      }
      moments = new Map();
    }
    checkedAt = startedAt;
  }

  /** A check that starts after this call: one at a time, and one queued for any number of callers. */
  function refresh() {
    const start = () => {
      running = check().finally(() => (running = null));
      return running;
    };
    if (!running) return start();
    queued ??= running
      .catch(() => {})
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  }

  /** Checks in the background from the first use on, so that pages are rarely refused for want of one. */
  function startChecking() {
    if (timer) return;
    timer = setInterval(
      () => {
        if (!running) refresh().catch(() => {});
      },
      Math.max(50, ttlMs / 2),
    );
    timer.unref();
  }

  return {
    invalidatedSince(tags, renderedAt) {
      startChecking();
      const from = renderedAt - RENDER_MARGIN_MS;
      const to = Date.now();
      return tags.some((tag) => (moments.get(tag) ?? []).some((at) => at > from && at <= to));
    },
    isCurrent() {
      startChecking();
      return Date.now() - checkedAt <= ttlMs;
    },
    refresh() {
      startChecking();
      return refresh();
    },
  };
}

const READERS = Symbol.for("zhongyuan.invalidationReaders");

/**
 * The invalidation reader for a DATABASE_URL, one per process and database (the cache handler and
 * the server share it).
 * @param {string} databaseUrl
 * @param {{ ttlMs?: number }} [options] PostgreSQL: how old what it knows may be (tests shorten it)
 * @returns {InvalidationReader}
 */
function openInvalidationReader(databaseUrl, options = {}) {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) return openSqliteReader(databaseUrl);
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const holder = /** @type {Record<symbol, Map<string, InvalidationReader>>} */ (
    /** @type {unknown} */ (globalThis)
  );
  holder[READERS] ??= new Map();
  const key = `${ttlMs} ${databaseUrl}`;
  let reader = holder[READERS].get(key);
  if (!reader) {
    reader = openPostgresqlReader(databaseUrl, ttlMs);
    holder[READERS].set(key, reader);
  }
  return reader;
}

module.exports = { openInvalidationReader, RENDER_MARGIN_MS };
