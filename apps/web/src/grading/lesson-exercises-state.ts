import type { PrismaClient } from '@slope/db';
import { type GradeResult, visibleResult } from '@slope/grader';
import type { LessonRef } from '../content/widgets/lesson-widgets';
import { SPENDS_AN_ATTEMPT } from './attempts';
import { classSettingsFor, effectiveDue, effectiveFeedback } from './class-settings';
import { findExercise } from './exercise-registry';

export interface ExerciseState {
  /** attempts spent (attempts.ts: code that could not be graded spends none) */
  attempts: number;
  /** the code the learner last had in the editor, kept by the server */
  draft: string | null;
  /** ISO due date in force for this learner (their class's, else the exercise's), or null */
  due: string | null;
  latest: {
    id: string;
    /** the submission's number: also how many the learner made */
    attempt: number;
    status: 'QUEUED' | 'RUNNING' | 'GRADED' | 'FAILED';
    /** the recorded score, after the attempt and hint penalties */
    score: number | null;
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
  const slugs = ref.widgets.exercises.map((e) => e.id);
  const settings = await classSettingsFor(prisma, userId, slugs);
  for (const id of slugs) {
    const [latest, attempts, progress, found] = await Promise.all([
      prisma.submission.findFirst({
        where: { userId, exercise: { slug: id } },
        orderBy: { attempt: 'desc' },
        select: {
          id: true,
          attempt: true,
          status: true,
          score: true,
          result: true,
          errorMessage: true,
        },
      }),
      prisma.submission.count({ where: { userId, exercise: { slug: id }, ...SPENDS_AN_ATTEMPT } }),
      prisma.exerciseProgress.findFirst({
        where: { userId, exercise: { slug: id } },
        select: { draftCode: true },
      }),
      findExercise(id),
    ]);
    const setting = settings.get(id);
    const manifest = found?.exercise.manifest;
    const stored = (latest?.result ?? null) as GradeResult | null;
    const result =
      stored && manifest
        ? visibleResult(stored, {
            ...manifest,
            feedback: effectiveFeedback(manifest.feedback, setting),
          })
        : stored;
    const due = manifest ? effectiveDue(manifest.feedback, setting) : (setting?.dueAt ?? null);
    out[id] = {
      attempts,
      draft: progress?.draftCode ?? null,
      due: due?.toISOString() ?? null,
      latest: latest ? { ...latest, result } : null,
    };
  }
  return out;
}
