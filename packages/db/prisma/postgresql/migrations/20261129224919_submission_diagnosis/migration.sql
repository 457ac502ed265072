-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "diagnosis" TEXT;
