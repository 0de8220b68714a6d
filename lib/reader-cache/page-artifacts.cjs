// @ts-check
// Reader pages as Next last rendered or loaded them, for the production server to send without
// going through Next's request pipeline (lib/server/send-cached-page.ts). Two levels: memory in
// this process, and one SQLite file beside the build (.next/cache/reader-pages.db) that every
// server process shares, so a page rendered by one process is served by all, and kept across
// restarts of the same build. Filled only from what Next rendered for that exact page (by the
// page cache handler) or, for search pages, from plain responses (search-page-cache.ts); nothing
// a request carries can add to it. Validity is checked against ReaderInvalidation by the reader.
// Plain CommonJS shared through globalThis: Next loads the handler outside the app's bundles.
const { mkdirSync, readFileSync } = require("node:fs");
const path = require("node:path");
const Database = require("better-sqlite3");
const { LRUCache } = require("lru-cache");
const { generateETag } = require("next/dist/server/lib/etag");

const TAGS_HEADER = "x-next-cache-tags";
const STATE = Symbol.for("zhongyuan.readerPageArtifacts");
/**
 * Bytes of page bodies kept in memory per server process (PAGE_MEMORY_MB, default 512). Read
 * here and not through lib/env.ts: this CommonJS file is loaded by the cache handler, which Next
 * require()s at run time outside the app's bundles; `npm start` has checked the value in lib/env.ts.
 */
const MEMORY_BYTES = Number(process.env.PAGE_MEMORY_MB || 512) * 1024 * 1024;
/** Search pages kept in the shared file: the newest this many (any query string is a search). */
const MAX_SEARCH_PAGES = 20_000;

/**
 * @typedef {object} PageArtifact
 * @property {Buffer} body
 * @property {number} status
 * @property {string} contentType
 * @property {string} etag
 * @property {string[]} tags Next's cache tags of the page, for invalidation checks
 * @property {number} renderedAt
 * @property {Buffer} [gzip] filled the first time a client accepts gzip
 */

/** @typedef {{ memory: LRUCache<string, PageArtifact>, shared: import("better-sqlite3").Database | null, build: string, searchWrites: number }} State */

function openShared() {
  try {
    const dir = path.resolve(".next", "cache");
    const build = readFileSync(path.resolve(".next", "BUILD_ID"), "utf8").trim();
    mkdirSync(dir, { recursive: true });
    const db = new Database(path.join(dir, "reader-pages.db"), { timeout: 1000 });
    // Space freed by trimmed searches goes back to the disk (takes effect on a new file).
    db.pragma("auto_vacuum = INCREMENTAL");
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS page (
      key TEXT PRIMARY KEY, build TEXT NOT NULL, search INTEGER NOT NULL, status INTEGER NOT NULL,
      content_type TEXT NOT NULL, etag TEXT NOT NULL, tags TEXT NOT NULL, rendered_at REAL NOT NULL, body BLOB NOT NULL)`);
    // Pages of an earlier build have other code and styles: never sent again.
    db.prepare("DELETE FROM page WHERE build <> ?").run(build);
    compactWhenMostlyFree(db);
    return { db, build };
  } catch {
    // No build yet (tests, `next build` itself): memory only.
    return { db: null, build: "" };
  }
}

/**
 * Gives back the space of an earlier build's pages (or of a file made before auto_vacuum was set):
 * without it the file stays at its largest. Another process starting at the same moment may hold
 * the file; then the next start does it.
 * @param {import("better-sqlite3").Database} db
 */
function compactWhenMostlyFree(db) {
  const free = Number(db.pragma("freelist_count", { simple: true }));
  const pages = Number(db.pragma("page_count", { simple: true }));
  if (free < 1024 || free * 2 < pages) return;
  try {
    db.exec("VACUUM");
    // In WAL mode the file itself shrinks when the log is written back.
    db.pragma("wal_checkpoint(TRUNCATE)");
  } catch {
    // Busy: another server process is using the file.
  }
}

/** @returns {State} */
function state() {
  const holder = /** @type {Record<symbol, State>} */ (/** @type {unknown} */ (globalThis));
  if (!holder[STATE]) {
    const { db, build } = openShared();
    const memory = new LRUCache({
      maxSize: MEMORY_BYTES,
      sizeCalculation: (/** @type {PageArtifact} */ page) => page.body.length + 512,
    });
    holder[STATE] = { memory, shared: db, build, searchWrites: 0 };
  }
  return holder[STATE];
}

/**
 * The page kept for a key (a page path such as `/zh-CN/articles/x`, or a search page key).
 * @param {string} key
 * @returns {PageArtifact | undefined}
 */
function findPage(key) {
  const { memory, shared, build } = state();
  const inMemory = memory.get(key);
  if (inMemory || !shared) return inMemory;
  /** @type {any} */
  const row = shared.prepare("SELECT * FROM page WHERE key = ? AND build = ?").get(key, build);
  if (!row) return undefined;
  /** @type {PageArtifact} */
  const page = {
    body: row.body,
    status: row.status,
    contentType: row.content_type,
    etag: row.etag,
    tags: JSON.parse(row.tags),
    renderedAt: row.rendered_at,
  };
  memory.set(key, page);
  return page;
}

/**
 * Keeps a page in this process and in the shared file (a newer render replaces an older one).
 * @param {string} key
 * @param {PageArtifact} page
 * @param {boolean} search
 */
function keepPage(key, page, search = false) {
  const current = state();
  current.memory.set(key, page);
  if (!current.shared) return;
  current.shared
    .prepare(
      `INSERT INTO page (key, build, search, status, content_type, etag, tags, rendered_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET build = excluded.build, status = excluded.status, content_type = excluded.content_type,
         etag = excluded.etag, tags = excluded.tags, rendered_at = excluded.rendered_at, body = excluded.body
       WHERE excluded.rendered_at > page.rendered_at OR page.build <> excluded.build`,
    )
    .run(
      key,
      current.build,
      search ? 1 : 0,
      page.status,
      page.contentType,
      page.etag,
      JSON.stringify(page.tags),
      page.renderedAt,
      page.body,
    );
  if (search && ++current.searchWrites % 500 === 0) {
    current.shared
      .prepare(
        `DELETE FROM page WHERE search = 1 AND key NOT IN (SELECT key FROM page WHERE search = 1 ORDER BY rendered_at DESC LIMIT ?)`,
      )
      .run(MAX_SEARCH_PAGES);
    current.shared.pragma("incremental_vacuum");
  }
}

/**
 * When each kept page (not a search) was rendered, and its tags: what the pre-renderer
 * (prerender-reader-pages.ts) checks against the invalidations, without reading the bodies.
 * @returns {Map<string, { tags: string[], renderedAt: number }>}
 */
function keptPageStamps() {
  const { shared, build } = state();
  const stamps = new Map();
  if (!shared) return stamps;
  /** @type {Iterable<any>} */
  const rows = shared
    .prepare("SELECT key, tags, rendered_at FROM page WHERE build = ? AND search = 0")
    .iterate(build);
  for (const row of rows) stamps.set(row.key, { tags: JSON.parse(row.tags), renderedAt: row.rendered_at });
  return stamps;
}

/** @param {string} key */
function forgetPage(key) {
  const current = state();
  current.memory.delete(key);
  current.shared?.prepare("DELETE FROM page WHERE key = ?").run(key);
}

/** Next's cache key of a page ends in its path after `/$/` (16.4 keeps route caches apart). */
function pagePathOfKey(/** @type {string} */ key) {
  const marker = key.indexOf("/$/");
  return marker === -1 ? key : key.slice(marker + 2);
}

/**
 * Keeps what Next stored or loaded for a cache key, when it is a whole page (HTML of an app page,
 * the body of a route such as the feed). Anything else (data entries, pages waiting on dynamic
 * parts) is not a reader page the server could send as it is.
 * @param {string} key
 * @param {any} value Next's cached value
 * @param {number} renderedAt
 */
function rememberPage(key, value, renderedAt) {
  const pagePath = pagePathOfKey(key);
  const tagsHeader = value?.headers?.[TAGS_HEADER];
  let body = null;
  let contentType = "text/html; charset=utf-8";
  if (value?.kind === "APP_PAGE" && !value.postponed) {
    const html = typeof value.html === "string" ? value.html : value.html?.toUnchunkedString?.();
    if (typeof html === "string" && html.length > 0) body = Buffer.from(html);
  } else if (value?.kind === "APP_ROUTE" && value.body) {
    body = Buffer.from(value.body);
    contentType = String(value.headers?.["content-type"] ?? "application/octet-stream");
  }
  if (!body || typeof tagsHeader !== "string") return;
  const known = state().memory.get(pagePath);
  if (known && known.renderedAt >= renderedAt) return;
  keepPage(pagePath, {
    body,
    status: value.status ?? 200,
    contentType,
    etag: generateETag(body.toString("utf8")),
    tags: tagsHeader.split(","),
    renderedAt,
  });
}

module.exports = { findPage, keepPage, keptPageStamps, forgetPage, rememberPage, pagePathOfKey };
