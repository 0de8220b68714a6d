-- Enums and Json columns (schema.prisma), and the stored plain text of articles.
--
-- Enums: SQLite stores a Prisma enum as TEXT with the same values as before, so no column of
-- Role, CreditRole, ArticleStatus, ArticleOrigin, IssueStatus, ProofErrorCategory or LoginScope
-- changes here; only WorkflowEvent.fromStatus does: the event that creates an article named its
-- "from" state '' (no state), which is now NULL.
--
-- Json: Prisma declares a Json column JSONB on SQLite and keeps JSON text in it. A column's
-- declared type cannot change in place, so Article, Revision, ImportBatch, WorkflowEvent and
-- Setting are rebuilt (new table, rows copied, old one dropped) with foreign keys off, which
-- SQLite requires for the rebuild and which keeps the DROP from cascading to the rows that
-- point at Article (revisions, events, bylines, comments…). Article bodies, revision bodies and
-- import reports were already JSON text; a body that somehow is not is kept as a JSON string
-- (the repair below turns it into paragraphs). Settings were partly raw text (the setup code's
-- hash, the page cache's database id, the maintenance queue): those become JSON strings.
--
-- Article.plainText (and 字数 under the one rule, lib/text/count-characters.ts) cannot be
-- computed in SQL: the migration queues the article-document pass
-- (lib/articles/repair-article-docs.ts), which the next start (lib/setup/prepare-database.ts)
-- runs once over every article and revision, writing plainText and charCount.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "headline" TEXT NOT NULL,
    "subtitle" TEXT NOT NULL DEFAULT '',
    "body" JSONB NOT NULL,
    "plainText" TEXT NOT NULL DEFAULT '',
    "sourceText" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "origin" TEXT NOT NULL DEFAULT 'NEWSROOM',
    "charCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastSaveId" TEXT,
    "reviewStage" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" DATETIME,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "authorId" TEXT,
    "sectionId" TEXT,
    "issueId" TEXT,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("authorId", "body", "charCount", "createdAt", "headline", "id", "isLead", "issueId", "lastSaveId", "origin", "position", "publishedAt", "reviewStage", "sectionId", "sourceText", "status", "submittedAt", "subtitle", "updatedAt", "version") SELECT "authorId", CASE WHEN json_valid("body") THEN "body" ELSE json_quote("body") END, "charCount", "createdAt", "headline", "id", "isLead", "issueId", "lastSaveId", "origin", "position", "publishedAt", "reviewStage", "sectionId", "sourceText", "status", "submittedAt", "subtitle", "updatedAt", "version" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_issueId_position_idx" ON "Article"("issueId", "position");
CREATE INDEX "Article_status_idx" ON "Article"("status");
CREATE INDEX "Article_authorId_idx" ON "Article"("authorId");
CREATE TABLE "new_Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "headline" TEXT NOT NULL,
    "subtitle" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "charCount" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Revision" ("articleId", "authorId", "body", "charCount", "createdAt", "headline", "id", "note", "number", "subtitle") SELECT "articleId", "authorId", CASE WHEN json_valid("body") THEN "body" ELSE json_quote("body") END, "charCount", "createdAt", "headline", "id", "note", "number", "subtitle" FROM "Revision";
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE UNIQUE INDEX "Revision_articleId_number_key" ON "Revision"("articleId", "number");
CREATE TABLE "new_WorkflowEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "actorId" TEXT,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "stage" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WorkflowEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WorkflowEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_WorkflowEvent" ("actorId", "articleId", "createdAt", "fromStatus", "id", "note", "stage", "toStatus") SELECT "actorId", "articleId", "createdAt", NULLIF("fromStatus", ''), "id", "note", "stage", "toStatus" FROM "WorkflowEvent";
DROP TABLE "WorkflowEvent";
ALTER TABLE "new_WorkflowEvent" RENAME TO "WorkflowEvent";
CREATE INDEX "WorkflowEvent_articleId_createdAt_idx" ON "WorkflowEvent"("articleId", "createdAt");
CREATE TABLE "new_ImportBatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "report" JSONB NOT NULL,
    "issueId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ImportBatch_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ImportBatch" ("createdAt", "fileName", "id", "issueId", "report", "sha256") SELECT "createdAt", "fileName", "id", "issueId", "report", "sha256" FROM "ImportBatch";
DROP TABLE "ImportBatch";
ALTER TABLE "new_ImportBatch" RENAME TO "ImportBatch";
CREATE UNIQUE INDEX "ImportBatch_sha256_key" ON "ImportBatch"("sha256");
CREATE UNIQUE INDEX "ImportBatch_issueId_key" ON "ImportBatch"("issueId");
CREATE TABLE "new_Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" JSONB NOT NULL
);
-- Values written as JSON before stay as they are (review.stages was written as a bare number,
-- which is JSON too); every other key held raw text. An unreadable JSON value was ignored by its
-- reader (the default applied), so it is dropped.
INSERT INTO "new_Setting" ("key", "value")
  SELECT "key", CASE
      WHEN "key" IN ('publication.masthead', 'proofread.terms', 'review.stages') THEN "value"
      ELSE json_quote("value")
    END
  FROM "Setting"
  WHERE "key" NOT IN ('publication.masthead', 'proofread.terms', 'review.stages') OR json_valid("value");
DROP TABLE "Setting";
ALTER TABLE "new_Setting" RENAME TO "Setting";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- plainText and 字数 for every stored article and revision: done by the next start (see above).
INSERT INTO "Setting" ("key", "value") VALUES ('maintenance.repair-article-docs', '"queued"')
  ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value";
