-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "tries" INTEGER NOT NULL DEFAULT 0;
