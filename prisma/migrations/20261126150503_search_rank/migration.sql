-- Rank search results inside FTS5 (ORDER BY rank), several times faster than ordering by
-- an auxiliary function call: bm25 with headline matches weighted ten times the body's.
INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('rank', 'bm25(0, 0, 0, 0, 10.0, 1.0)');
