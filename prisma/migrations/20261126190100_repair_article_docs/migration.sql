-- Data repair, no schema change: every stored article document must pass the editor's schema
-- (a 更正 could store an empty text node, and any text could carry XML-invalid characters).
-- SQL cannot run that check, so this queues the repair; the next start does it once
-- (lib/articles/repair-article-docs.ts, called from lib/setup/prepare-database.ts).
INSERT INTO "Setting" ("key", "value") VALUES ('maintenance.repair-article-docs', 'queued')
  ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value";
