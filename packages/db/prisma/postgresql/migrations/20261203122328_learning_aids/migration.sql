-- AlterTable
ALTER TABLE "ClassExerciseSetting" ADD COLUMN     "solutionAfterDue" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "HintReveal" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HintReveal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HintReveal_exerciseId_idx" ON "HintReveal"("exerciseId");

-- CreateIndex
CREATE UNIQUE INDEX "HintReveal_userId_exerciseId_index_key" ON "HintReveal"("userId", "exerciseId", "index");

-- AddForeignKey
ALTER TABLE "HintReveal" ADD CONSTRAINT "HintReveal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HintReveal" ADD CONSTRAINT "HintReveal_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;
