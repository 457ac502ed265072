import type { PrismaClient } from '@slope/db';
import {
  attemptScore,
  type GradeResult,
  gradeResultSchema,
  type Manifest,
  visibleResult,
} from '@slope/grader';
import { findLesson } from '../content/widgets/lesson-widgets';
import { refreshLessonProgress } from '../practice/lesson-progress';
import { diagnosisKey } from '../teach/diagnosis';
import { learnerManifest } from './stored-result';
import type { SubmissionUpdate } from './submission-events';

/** What recording a grade needs to know about its submission (select it with GRADED_SUBMISSION). */
export const GRADED_SUBMISSION = {
  id: true,
  userId: true,
  exerciseId: true,
  attempt: true,
  exercise: {
    select: {
      slug: true,
      lesson: { select: { id: true, slug: true, course: { select: { slug: true } } } },
    },
  },
} as const;

export interface GradedSubmission {
  id: string;
  userId: string;
  exerciseId: string;
  attempt: number;
  exercise: { slug: string; lesson: { id: string; slug: string; course: { slug: string } } };
}

/** A perfect raw score passes, whatever the attempt penalty took off. */
const PASS = 1 - 1e-9;

/**
 * Stores a grade with its submission (once: a submission already graded keeps its first
 * result), applies the attempt penalty, updates the learner's exercise and lesson progress,
 * and returns the update to push to the learner's page.
 */
export async function recordResult(
  prisma: PrismaClient,
  submission: GradedSubmission,
  raw: GradeResult,
  manifest: Manifest,
): Promise<SubmissionUpdate | null> {
  const result = gradeResultSchema.parse(raw);
  const submissionId = submission.id;
  const { score } = attemptScore(result.score, submission.attempt, manifest.attempts);
  const gradedAt = new Date();
  const stored = await prisma.submission.updateMany({
    where: { id: submissionId, status: { in: ['QUEUED', 'RUNNING'] } },
    data: {
      status: 'GRADED',
      result: JSON.parse(JSON.stringify(result)),
      rawScore: result.score,
      score,
      penalty: result.score - score,
      diagnosis: diagnosisKey(result),
      gradedAt,
    },
  });
  if (stored.count === 0) return null;

  const passedNow = result.gradable && result.score >= PASS;
  const { userId, exerciseId } = submission;
  const [attempts, best] = await Promise.all([
    prisma.submission.count({ where: { userId, exerciseId } }),
    prisma.submission.aggregate({
      where: { userId, exerciseId, status: 'GRADED' },
      _max: { score: true },
    }),
  ]);
  const previous = await prisma.exerciseProgress.findUnique({
    where: { userId_exerciseId: { userId, exerciseId } },
  });
  const passed = Boolean(previous?.passed) || passedNow;
  await prisma.exerciseProgress.upsert({
    where: { userId_exerciseId: { userId, exerciseId } },
    create: {
      userId,
      exerciseId,
      attempts,
      bestScore: best._max.score ?? 0,
      passed,
      firstPassedAt: passedNow ? gradedAt : null,
      lastSubmittedAt: gradedAt,
    },
    update: {
      attempts,
      bestScore: best._max.score ?? 0,
      passed,
      firstPassedAt: previous?.firstPassedAt ?? (passedNow ? gradedAt : null),
      lastSubmittedAt: gradedAt,
    },
  });

  const { lesson } = submission.exercise;
  const ref = findLesson(lesson.course.slug, lesson.slug);
  if (ref) await refreshLessonProgress(prisma, userId, ref, lesson.id);

  const forLearner = await learnerManifest(prisma, userId, manifest, submission.exercise.slug);
  return { id: submissionId, status: 'GRADED', result: visibleResult(result, forLearner), score };
}

/** Marks a submission that could not be graded (the grader failed, not the learner). */
export async function recordFailure(
  prisma: PrismaClient,
  submissionId: string,
  message: string,
): Promise<SubmissionUpdate | null> {
  const stored = await prisma.submission.updateMany({
    where: { id: submissionId, status: { in: ['QUEUED', 'RUNNING'] } },
    data: { status: 'FAILED', errorMessage: message, gradedAt: new Date() },
  });
  return stored.count ? { id: submissionId, status: 'FAILED', errorMessage: message } : null;
}
