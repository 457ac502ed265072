import type { PrismaClient } from '@slope/db';
import type { GradeResult } from '@slope/grader';
import type { LessonRef } from '../content/widgets/lesson-widgets';
import { visibleStoredResult } from './stored-result';

export interface ExerciseState {
  attempts: number;
  /** the code the learner last had in the editor, kept by the server */
  draft: string | null;
  latest: {
    id: string;
    status: 'QUEUED' | 'RUNNING' | 'GRADED' | 'FAILED';
    result: GradeResult | null;
    errorMessage: string | null;
  } | null;
}

/** The learner's latest submission and attempt count for every exercise of a lesson. */
export async function lessonExercisesState(
  prisma: PrismaClient,
  userId: string,
  ref: LessonRef,
): Promise<Record<string, ExerciseState>> {
  const out: Record<string, ExerciseState> = {};
  for (const { id } of ref.widgets.exercises) {
    const [latest, attempts, progress] = await Promise.all([
      prisma.submission.findFirst({
        where: { userId, exercise: { slug: id } },
        orderBy: { attempt: 'desc' },
        select: { id: true, status: true, result: true, errorMessage: true },
      }),
      prisma.submission.count({ where: { userId, exercise: { slug: id } } }),
      prisma.exerciseProgress.findFirst({
        where: { userId, exercise: { slug: id } },
        select: { draftCode: true },
      }),
    ]);
    const result = await visibleStoredResult(latest?.result, id);
    out[id] = {
      attempts,
      draft: progress?.draftCode ?? null,
      latest: latest ? { ...latest, result } : null,
    };
  }
  return out;
}
