import type { PrismaClient } from '@slope/db';
import type { CurrentUser } from '../auth/guard';
import { visibleStoredResult } from './stored-result';
import type { SubmissionUpdate } from './submission-events';

export type ReadOutcome =
  | {
      status: 200;
      submission: SubmissionUpdate & { attempt: number; exerciseId: string; createdAt: Date };
    }
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
  if (!row) return { status: 404, error: 'There is no such submission.' };
  if (row.userId !== user.id)
    return { status: 403, error: 'This submission belongs to someone else.' };
  const result = await visibleStoredResult(prisma, user.id, row.result, row.exercise.slug);
  return {
    status: 200,
    submission: {
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
