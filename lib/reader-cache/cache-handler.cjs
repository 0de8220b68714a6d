// @ts-check
// Next's page cache with the newsroom's invalidations. Next keeps rendered reader pages on disk
// (.next/server/app) and in memory; this subclass refuses an entry when the database holds an
// invalidation for one of the page's tags that happened after the entry was rendered and is not
// in the future. The database is the one place every server process (and the import command)
// writes invalidations to, so they reach every process and survive restarts. It is plain
// CommonJS because Next loads it with require() at run time, outside the app's bundles.
const path = require("node:path");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { openInvalidationReader } = require("./invalidation-reader.cjs");

const TAGS_HEADER = "x-next-cache-tags";

/** @param {string} url */
function sqliteFile(url) {
  return path.resolve(url.replace(/^file:/, ""));
}

class ReaderCacheHandler extends FileSystemCache {
  /** @param {any} options */
  constructor(options) {
    super(options);
    this.invalidations = openInvalidationReader(sqliteFile(process.env.DATABASE_URL || "file:./data/newsroom.db"));
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const header = entry?.value?.headers?.[TAGS_HEADER];
    if (typeof header !== "string") return entry;
    return this.invalidations.invalidatedSince(header.split(","), entry.lastModified) ? null : entry;
  }
}

module.exports = ReaderCacheHandler;
