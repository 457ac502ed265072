import type { FeedbackVisibility, PrismaClient } from '@slope/db';
import { z } from 'zod';
import { findExercise } from '../grading/exercise-registry';
import { exerciseRow } from '../grading/exercise-row';
import type { TaughtClass } from './class-access';

const settingSchema = z
  .object({
    /** ISO 8601 with a zone (the browser sends toISOString()); null: no due date */
    dueAt: z.iso
      .datetime({ offset: true, message: 'must be a date and time such as 2026-12-01T17:00:00Z' })
      .nullable(),
    /** null: the exercise's own policy */
    feedback: z.enum(['FULL', 'SUMMARY', 'AFTER_DUE']).nullable(),
    /** the worked solution opens to the class after the due date (and submissions close) */
    solutionAfterDue: z.boolean().default(false),
  })
  .strict();

export interface ExerciseSetting {
  dueAt: Date | null;
  feedback: FeedbackVisibility | null;
  solutionAfterDue: boolean;
}

export type SettingOutcome =
  | { status: 200; setting: ExerciseSetting }
  | { status: 400 | 404; error: string };

/**
 * Sets a class's due date, feedback visibility and worked-solution opening for one exercise
 * of its course. All unset removes the setting (the exercise's own policy applies again).
 */
export async function updateExerciseSetting(
  prisma: PrismaClient,
  klass: Pick<TaughtClass, 'id' | 'course'>,
  slug: string,
  body: unknown,
): Promise<SettingOutcome> {
  const found = await findExercise(slug);
  if (!found || found.location.course.slug !== klass.course.slug) {
    return { status: 404, error: `The course of this class has no exercise "${slug}".` };
  }
  const parsed = settingSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { status: 400, error: `${issue.path.join('.') || 'body'}: ${issue.message}` };
  }
  const dueAt = parsed.data.dueAt ? new Date(parsed.data.dueAt) : null;
  const { feedback, solutionAfterDue } = parsed.data;
  const manifestDue = found.exercise.manifest.feedback.visibility === 'after-due';
  if (feedback === 'AFTER_DUE' && !dueAt && !manifestDue) {
    return {
      status: 400,
      error:
        'Feedback “after the due date” needs a due date: set one, or choose another visibility.',
    };
  }
  if (solutionAfterDue && !dueAt && !manifestDue) {
    return {
      status: 400,
      error: 'Opening the worked solution after the due date needs a due date: set one.',
    };
  }
  const row = await exerciseRow(prisma, found.location, found.exercise);
  const where = { classId_exerciseId: { classId: klass.id, exerciseId: row.id } };
  if (!dueAt && !feedback && !solutionAfterDue) {
    await prisma.classExerciseSetting.deleteMany({
      where: { classId: klass.id, exerciseId: row.id },
    });
  } else {
    await prisma.classExerciseSetting.upsert({
      where,
      create: { classId: klass.id, exerciseId: row.id, dueAt, feedback, solutionAfterDue },
      update: { dueAt, feedback, solutionAfterDue },
    });
  }
  return { status: 200, setting: { dueAt, feedback, solutionAfterDue } };
}

/** The class's settings by exercise slug. */
export async function classExerciseSettings(
  prisma: PrismaClient,
  classId: string,
): Promise<Map<string, ExerciseSetting>> {
  const rows = await prisma.classExerciseSetting.findMany({
    where: { classId },
    select: {
      dueAt: true,
      feedback: true,
      solutionAfterDue: true,
      exercise: { select: { slug: true } },
    },
  });
  return new Map(
    rows.map((r) => [
      r.exercise.slug,
      { dueAt: r.dueAt, feedback: r.feedback, solutionAfterDue: r.solutionAfterDue },
    ]),
  );
}
