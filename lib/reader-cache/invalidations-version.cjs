// @ts-check
// The Setting row every invalidation rewrites (invalidate-reader-pages.ts) and PostgreSQL's
// invalidation readers watch (invalidation-reader.cjs): when it changes, the rows changed.
module.exports = { INVALIDATIONS_VERSION_KEY: "reader-cache.invalidations" };
