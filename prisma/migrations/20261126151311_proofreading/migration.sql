-- CreateTable
CREATE TABLE "ProofRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT,
    "issueId" TEXT,
    "round" INTEGER NOT NULL,
    "proofreaderId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProofRound_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProofRound_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProofRound_proofreaderId_fkey" FOREIGN KEY ("proofreaderId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProofError" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "passage" TEXT NOT NULL,
    CONSTRAINT "ProofError_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProofRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProofRound_articleId_idx" ON "ProofRound"("articleId");

-- CreateIndex
CREATE INDEX "ProofRound_issueId_idx" ON "ProofRound"("issueId");

