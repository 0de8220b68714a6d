-- CreateTable
CREATE TABLE "LoginFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "LoginFailure_scope_key_at_idx" ON "LoginFailure"("scope", "key", "at");

-- CreateIndex
CREATE INDEX "LoginFailure_scope_at_idx" ON "LoginFailure"("scope", "at");

