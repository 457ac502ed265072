-- CreateTable
CREATE TABLE "HintReveal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HintReveal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HintReveal_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ClassExerciseSetting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "dueAt" DATETIME,
    "feedback" TEXT,
    "solutionAfterDue" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ClassExerciseSetting_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassExerciseSetting_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ClassExerciseSetting" ("classId", "dueAt", "exerciseId", "feedback", "id") SELECT "classId", "dueAt", "exerciseId", "feedback", "id" FROM "ClassExerciseSetting";
DROP TABLE "ClassExerciseSetting";
ALTER TABLE "new_ClassExerciseSetting" RENAME TO "ClassExerciseSetting";
CREATE INDEX "ClassExerciseSetting_exerciseId_idx" ON "ClassExerciseSetting"("exerciseId");
CREATE UNIQUE INDEX "ClassExerciseSetting_classId_exerciseId_key" ON "ClassExerciseSetting"("classId", "exerciseId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "HintReveal_exerciseId_idx" ON "HintReveal"("exerciseId");

-- CreateIndex
CREATE UNIQUE INDEX "HintReveal_userId_exerciseId_index_key" ON "HintReveal"("userId", "exerciseId", "index");
