-- CreateTable
CREATE TABLE "ReaderInvalidation" (
    "tag" TEXT NOT NULL,
    "at" REAL NOT NULL,

    PRIMARY KEY ("tag", "at")
);
