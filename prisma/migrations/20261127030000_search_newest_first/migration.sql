-- The search index's rowid becomes the publication order: the second of published_at (epoch
-- milliseconds, rounded up) × 2^21, plus the place among articles published in that second
-- (lib/search/search-index-sqlite.ts, publicationRowid). FTS5 then answers "published by now" and "the
-- newest matches" from the index alone. An FTS5 table's rowids cannot be changed in place, so the
-- rows are copied into a new table under the new numbers.
CREATE VIRTUAL TABLE "SearchIndex_numbered" USING fts5(
    article_id UNINDEXED,
    published_at UNINDEXED,
    year UNINDEXED,
    section_id UNINDEXED,
    headline,
    body,
    byline,
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO "SearchIndex_numbered"("SearchIndex_numbered", rank) VALUES ('rank', 'bm25(0, 0, 0, 0, 10.0, 1.0, 10.0)');
INSERT INTO "SearchIndex_numbered" (rowid, article_id, published_at, year, section_id, headline, body, byline)
SELECT ((CAST(published_at AS INTEGER) + 999) / 1000) * 2097152
         + row_number() OVER (PARTITION BY (CAST(published_at AS INTEGER) + 999) / 1000 ORDER BY rowid) - 1,
       article_id, published_at, year, section_id, headline, body, byline
FROM "SearchIndex";
DROP TABLE "SearchIndex";
ALTER TABLE "SearchIndex_numbered" RENAME TO "SearchIndex";
