-- Full-text index of public articles. Tokens are computed in lib/search/tokenize.ts (CJK
-- bigrams, Latin words) and stored space-separated, so unicode61 only splits on spaces.
-- Rows exist only for published or scheduled articles; published_at (ms) is compared at
-- query time, so a scheduled article is searchable exactly from its publish moment.
CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    article_id UNINDEXED,
    published_at UNINDEXED,
    year UNINDEXED,
    section_id UNINDEXED,
    headline,
    body,
    tokenize = 'unicode61 remove_diacritics 0'
);
