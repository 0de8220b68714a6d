// @ts-check
// The HTML (or feed XML) of reader pages as Next last rendered or loaded them, kept in this
// process for the production server to send without going through Next's request pipeline
// (lib/server/serve-site.ts). Filled only by the page cache handler (cache-handler.cjs), so it
// holds nothing Next did not render for that exact page, and nothing a request can add to.
// Plain CommonJS, shared through globalThis: Next loads the handler outside the app's bundles.
const { LRUCache } = require("lru-cache");
const { generateETag } = require("next/dist/server/lib/etag");

const TAGS_HEADER = "x-next-cache-tags";
const STORE = Symbol.for("zhongyuan.readerPageArtifacts");
/** Bytes of page bodies kept per server process (PAGE_MEMORY_MB, default 512: 10,000 articles). */
const BUDGET_BYTES = Number(process.env.PAGE_MEMORY_MB || 512) * 1024 * 1024;

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

/** @returns {LRUCache<string, PageArtifact>} */
function pageArtifacts() {
  const holder = /** @type {Record<symbol, LRUCache<string, PageArtifact>>} */ (/** @type {unknown} */ (globalThis));
  holder[STORE] ??= new LRUCache({ maxSize: BUDGET_BYTES, sizeCalculation: (artifact) => artifact.body.length + 512 });
  return holder[STORE];
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
  const store = pageArtifacts();
  const path = pagePathOfKey(key);
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
  if (!body || typeof tagsHeader !== "string") {
    store.delete(path);
    return;
  }
  store.set(path, {
    body,
    status: value.status ?? 200,
    contentType,
    etag: generateETag(body.toString("utf8")),
    tags: tagsHeader.split(","),
    renderedAt,
  });
}

module.exports = { pageArtifacts, rememberPage, pagePathOfKey };
