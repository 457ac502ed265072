-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Submission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "idempotencyKey" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "score" REAL,
    "rawScore" REAL,
    "penalty" REAL NOT NULL DEFAULT 0,
    "result" JSONB,
    "errorMessage" TEXT,
    "diagnosis" TEXT,
    "tries" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "gradedAt" DATETIME,
    CONSTRAINT "Submission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Submission" ("attempt", "code", "createdAt", "diagnosis", "errorMessage", "exerciseId", "gradedAt", "id", "idempotencyKey", "penalty", "rawScore", "result", "score", "seed", "startedAt", "status", "userId") SELECT "attempt", "code", "createdAt", "diagnosis", "errorMessage", "exerciseId", "gradedAt", "id", "idempotencyKey", "penalty", "rawScore", "result", "score", "seed", "startedAt", "status", "userId" FROM "Submission";
DROP TABLE "Submission";
ALTER TABLE "new_Submission" RENAME TO "Submission";
CREATE INDEX "Submission_status_idx" ON "Submission"("status");
CREATE INDEX "Submission_exerciseId_createdAt_idx" ON "Submission"("exerciseId", "createdAt");
CREATE UNIQUE INDEX "Submission_userId_exerciseId_attempt_key" ON "Submission"("userId", "exerciseId", "attempt");
CREATE UNIQUE INDEX "Submission_userId_idempotencyKey_key" ON "Submission"("userId", "idempotencyKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
