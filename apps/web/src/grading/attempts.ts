import type { DatabaseClient, Prisma } from '@slope/db';
import { NOT_GRADABLE } from '../teach/diagnosis';

/**
 * The submissions that spend one of a learner's attempts: waiting, being graded, or graded.
 * A submission that could not be graded costs nothing — a syntax error, a missing or misnamed
 * function (diagnosis {@link NOT_GRADABLE}: no hidden test ran, so nothing was learned from it)
 * or a grading that failed on Slope's side (FAILED). The one home of that rule: the attempt
 * limit, the penalty per attempt and the "attempts left" a page shows all count with it.
 */
export const SPENDS_AN_ATTEMPT: Prisma.SubmissionWhereInput = {
  OR: [
    { status: { in: ['QUEUED', 'RUNNING'] } },
    { status: 'GRADED', diagnosis: { not: NOT_GRADABLE } },
  ],
};

/**
 * How many attempts a learner has spent on an exercise (its database id) — of all their
 * submissions, or of those before submission number `before`.
 */
export function attemptsSpent(
  db: DatabaseClient,
  userId: string,
  exerciseId: string,
  before?: number,
): Promise<number> {
  return db.submission.count({
    where: {
      userId,
      exerciseId,
      ...(before === undefined ? {} : { attempt: { lt: before } }),
      ...SPENDS_AN_ATTEMPT,
    },
  });
}
