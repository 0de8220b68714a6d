-- AlterTable
ALTER TABLE "Upload" ADD COLUMN "height" INTEGER;
ALTER TABLE "Upload" ADD COLUMN "width" INTEGER;

-- Bylines become searchable: the full-text table gets a column for the credited names. An FTS5
-- table cannot gain a column, so it is made anew, empty; the next start finds the index empty
-- while articles are published and rebuilds it (ensureSearchIndex in lib/setup/prepare-database.ts),
-- so the existing archive is searchable by byline too.
DROP TABLE "SearchIndex";
CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    article_id UNINDEXED,
    published_at UNINDEXED,
    year UNINDEXED,
    section_id UNINDEXED,
    headline,
    body,
    byline,
    tokenize = 'unicode61 remove_diacritics 0'
);
-- bm25 weights as before (headline ten times the body); a name in the byline counts like the headline.
INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('rank', 'bm25(0, 0, 0, 0, 10.0, 1.0, 10.0)');
