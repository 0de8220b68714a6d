// @ts-check
// Next's page cache with the newsroom's invalidations. Next keeps rendered reader pages on disk
// (.next/server/app) and in memory; this subclass refuses an entry when the database holds an
// invalidation for one of the page's tags that happened after the entry was rendered and is not
// in the future. The database is the one place every server process (and the import command)
// writes invalidations to, so they reach every process and survive restarts. It is plain
// CommonJS because Next loads it with require() at run time, outside the app's bundles.
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { openInvalidationReader } = require("./invalidation-reader.cjs");
const { forgetPage, pagePathOfKey, rememberPage } = require("./page-artifacts.cjs");
const { applyPageStatus } = require("./page-status.cjs");
const { keepDocumentOnly } = require("./reader-document.cjs");

const TAGS_HEADER = "x-next-cache-tags";

/** Stored with each page: when its render began, i.e. the moment of the data it shows. */
const STARTED_HEADER = "x-reader-render-started";

class ReaderCacheHandler extends FileSystemCache {
  /** @param {any} options */
  constructor(options) {
    super(options);
    // Read here and not through lib/env.ts: Next require()s this file at run time, outside the
    // app's bundles, where TypeScript modules cannot be loaded. The default is lib/env.ts's, and
    // `npm start` has checked the variable there before any server process starts.
    this.invalidations = openInvalidationReader(process.env.DATABASE_URL || "file:./data/newsroom.db");
    /** When each render in this process began: Next asks for the page, misses, renders, then stores it. */
    this.renderStarts = new Map();
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry?.value) {
      this.renderStarts.set(key, Date.now());
      return entry;
    }
    // Pages carry their tags; data entries (unstable_cache) are asked for with theirs.
    const header = entry.value.headers?.[TAGS_HEADER];
    const tags =
      typeof header === "string" ? header.split(",") : [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    // A page is as old as the data it read: a change committed while it rendered is newer.
    const renderedAt = Number(entry.value.headers?.[STARTED_HEADER]) || entry.lastModified;
    if (!(await this.isCurrent()) || this.invalidations.invalidatedSince(tags, renderedAt)) {
      forgetPage(pagePathOfKey(key));
      this.renderStarts.set(key, Date.now());
      return null;
    }
    rememberPage(key, entry.value, renderedAt);
    return entry;
  }

  /**
   * Whether the invalidations this process knows are recent enough (on PostgreSQL, read again
   * when they are not). Unreadable ones vouch for nothing: the page is rendered anew.
   */
  async isCurrent() {
    if (this.invalidations.isCurrent()) return true;
    try {
      await this.invalidations.refresh();
      return true;
    } catch {
      return false;
    }
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const startedAt = this.renderStarts.get(key) ?? Date.now();
    this.renderStarts.delete(key);
    // A "not found" page answers any address anyone makes up: keeping each one would let
    // anonymous requests fill the disk. It is rendered again when asked for again.
    if (data?.kind === "APP_PAGE" && data.status === 404) return;
    if (data?.headers) data.headers[STARTED_HEADER] = String(startedAt);
    applyPageStatus(data);
    keepDocumentOnly(data);
    await super.set(key, data, ctx);
    rememberPage(key, data, startedAt);
  }
}

module.exports = ReaderCacheHandler;
