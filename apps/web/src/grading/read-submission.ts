import type { PrismaClient } from '@slope/db';
import type { CurrentUser } from '../auth/guard';
import { visibleStoredResult } from './stored-result';
import type { SubmissionUpdate } from './submission-events';

type SubmissionView = SubmissionUpdate & { attempt: number; exerciseId: string; createdAt: Date };

export type ReadOutcome =
  | { status: 200; submission: SubmissionView }
  | { status: 403 | 404; error: string };

/**
 * A submission as its author may see it: the result filtered by the exercise's feedback
 * visibility. Anyone else is refused.
 */
export async function readSubmission(
  prisma: PrismaClient,
  user: Pick<CurrentUser, 'id'>,
  id: string,
): Promise<ReadOutcome> {
  const found = await viewSubmission(prisma, id);
  if (!found) return { status: 404, error: 'There is no such submission.' };
  if (found.userId !== user.id)
    return { status: 403, error: 'This submission belongs to someone else.' };
  return { status: 200, submission: found.view };
}

/** The stored state of a submission as a page update (for pushing to whoever follows it). */
export async function storedUpdate(
  prisma: PrismaClient,
  id: string,
): Promise<SubmissionUpdate | null> {
  const found = await viewSubmission(prisma, id);
  if (!found) return null;
  const { id: _, status, result, score, errorMessage } = found.view;
  return { id, status, result, score, errorMessage };
}

async function viewSubmission(
  prisma: PrismaClient,
  id: string,
): Promise<{ userId: string; view: SubmissionView } | null> {
  const row = await prisma.submission.findUnique({
    where: { id },
    select: {
      id: true,
      userId: true,
      status: true,
      attempt: true,
      score: true,
      result: true,
      errorMessage: true,
      createdAt: true,
      exercise: { select: { slug: true } },
    },
  });
  if (!row) return null;
  // Visibility is the owner's: their class may hold back feedback until a due date.
  const result = await visibleStoredResult(prisma, row.userId, row.result, row.exercise.slug);
  return {
    userId: row.userId,
    view: {
      id: row.id,
      status: row.status,
      attempt: row.attempt,
      exerciseId: row.exercise.slug,
      createdAt: row.createdAt,
      score: row.score,
      result,
      errorMessage: row.errorMessage,
    },
  };
}
