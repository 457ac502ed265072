import type { PrismaClient } from '@slope/db';
import { type GradeResult, visibleResult } from '@slope/grader';
import type { SubmissionHistoryEntry, SubmissionHistoryPage } from '@slope/ui/submission-history';
import { describeDiagnosis, diagnosisKey } from '../teach/diagnosis';
import { SPENDS_AN_ATTEMPT } from './attempts';
import { findExercise } from './exercise-registry';
import { learnerManifest } from './stored-result';

/** How many submissions one page of the history holds. */
export const HISTORY_PAGE_SIZE = 20;

export type HistoryOutcome =
  | { status: 200; page: SubmissionHistoryPage }
  | { status: 400 | 404; error: string };

/**
 * A learner's own submissions to one exercise, newest first, a page at a time (`before`: the
 * `nextBefore` of the previous page). Each carries its code and its feedback filtered by the
 * feedback policy in force for the learner — as the lesson page shows the latest one — so a
 * summary-only class sees no more here than there; the diagnosis is read from that filtered
 * feedback too.
 */
export async function submissionHistory(
  prisma: PrismaClient,
  userId: string,
  exerciseSlug: string,
  options: { before?: string | null; now?: Date } = {},
): Promise<HistoryOutcome> {
  const before = parseBefore(options.before);
  if (before === false) {
    return { status: 400, error: '"before" must be a submission number (a whole number ≥ 1).' };
  }
  const found = await findExercise(exerciseSlug);
  if (!found) return { status: 404, error: `There is no exercise "${exerciseSlug}".` };

  const mine = { userId, exercise: { slug: exerciseSlug } };
  const [total, rows, spent, manifest] = await Promise.all([
    prisma.submission.count({ where: mine }),
    prisma.submission.findMany({
      where: { ...mine, ...(before === null ? {} : { attempt: { lt: before } }) },
      orderBy: { attempt: 'desc' },
      take: HISTORY_PAGE_SIZE + 1,
      select: {
        id: true,
        attempt: true,
        createdAt: true,
        status: true,
        score: true,
        penalty: true,
        code: true,
        result: true,
        errorMessage: true,
      },
    }),
    // Which submissions spent an attempt: attempts.ts is the one home of that rule.
    prisma.submission.findMany({
      where: { ...mine, ...SPENDS_AN_ATTEMPT },
      orderBy: { attempt: 'asc' },
      select: { attempt: true },
    }),
    learnerManifest(prisma, userId, found.exercise.manifest, exerciseSlug),
  ]);
  const attemptOf = new Map(spent.map((row, i) => [row.attempt, i + 1]));
  const now = options.now ?? new Date();
  const page = rows.slice(0, HISTORY_PAGE_SIZE);
  const submissions = page.map((row): SubmissionHistoryEntry => {
    const result = row.result ? visibleResult(row.result as GradeResult, manifest, now) : null;
    return {
      id: row.id,
      number: row.attempt,
      attempt: attemptOf.get(row.attempt) ?? null,
      submittedAt: row.createdAt.toISOString(),
      status: row.status,
      score: row.status === 'GRADED' ? row.score : null,
      penalty: row.penalty,
      diagnosis: result ? describeDiagnosis(diagnosisKey(result)).label : null,
      code: row.code,
      result,
      errorMessage: row.errorMessage,
    };
  });
  const nextBefore = rows.length > HISTORY_PAGE_SIZE ? (page.at(-1)?.attempt ?? null) : null;
  return { status: 200, page: { total, submissions, nextBefore } };
}

/** null: no cursor; false: not a submission number. */
function parseBefore(raw: string | null | undefined): number | null | false {
  if (raw === null || raw === undefined || raw === '') return null;
  if (!/^\d{1,9}$/.test(raw)) return false;
  const n = Number(raw);
  return n >= 1 ? n : false;
}
