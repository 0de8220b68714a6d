-- Search reads full-width letters and digits (ＰＰＴ, ２０２３) as the same words as half-width ones
-- (NFKC in lib/search/tokenize.ts). The index is emptied so that the next start rebuilds it with
-- the new tokens (ensureSearchIndex in lib/setup/prepare-database.ts): text typed in full width
-- before this is found too.
DELETE FROM "SearchIndex";
