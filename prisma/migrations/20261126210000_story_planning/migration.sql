-- CreateTable
CREATE TABLE "Pitch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topic" TEXT NOT NULL,
    "angle" TEXT NOT NULL DEFAULT '',
    "sectionId" TEXT,
    "suggestedReporterId" TEXT,
    "photoNeeds" TEXT NOT NULL DEFAULT '',
    "sources" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'PROPOSED',
    "decisionNote" TEXT NOT NULL DEFAULT '',
    "proposerId" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Pitch_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pitch_suggestedReporterId_fkey" FOREIGN KEY ("suggestedReporterId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pitch_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pitch_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pitchId" TEXT NOT NULL,
    "deadline" DATETIME NOT NULL,
    "targetChars" INTEGER NOT NULL,
    "issueId" TEXT,
    "sectionId" TEXT,
    "assignedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assignment_pitchId_fkey" FOREIGN KEY ("pitchId") REFERENCES "Pitch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssignmentPerson" (
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("assignmentId", "userId", "role"),
    CONSTRAINT "AssignmentPerson_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssignmentPerson_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PitchEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pitchId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PitchEvent_pitchId_fkey" FOREIGN KEY ("pitchId") REFERENCES "Pitch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PitchEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AlterTable: a nullable column with a foreign key can be added in place (SQLite allows
-- REFERENCES on ADD COLUMN when the default is NULL), so existing articles stay as they are
-- instead of being copied through a rebuilt table.
ALTER TABLE "Article" ADD COLUMN "assignmentId" TEXT REFERENCES "Assignment" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE UNIQUE INDEX "Article_assignmentId_key" ON "Article"("assignmentId");

-- CreateIndex
CREATE INDEX "Pitch_status_createdAt_idx" ON "Pitch"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Pitch_proposerId_idx" ON "Pitch"("proposerId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_pitchId_key" ON "Assignment"("pitchId");

-- CreateIndex
CREATE INDEX "Assignment_issueId_idx" ON "Assignment"("issueId");

-- CreateIndex
CREATE INDEX "Assignment_deadline_idx" ON "Assignment"("deadline");

-- CreateIndex
CREATE INDEX "AssignmentPerson_userId_idx" ON "AssignmentPerson"("userId");

-- CreateIndex
CREATE INDEX "PitchEvent_pitchId_createdAt_idx" ON "PitchEvent"("pitchId", "createdAt");

