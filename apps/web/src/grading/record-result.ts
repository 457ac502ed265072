import type { DatabaseClient, PrismaClient } from '@slope/db';
import {
  attemptScore,
  type GradeResult,
  gradeResultSchema,
  type Manifest,
  visibleResult,
} from '@slope/grader';
import { findLesson } from '../content/widgets/lesson-widgets';
import { hintFactor } from '../learning-aids/aids-policy';
import { refreshLessonProgress } from '../practice/lesson-progress';
import { diagnosisKey } from '../teach/diagnosis';
import { attemptsSpent } from './attempts';
import { PASS } from './pass';
import { learnerManifest } from './stored-result';
import type { SubmissionUpdate } from './submission-events';

/** What recording a grade needs to know about its submission (select it with GRADED_SUBMISSION). */
export const GRADED_SUBMISSION = {
  id: true,
  userId: true,
  exerciseId: true,
  attempt: true,
  createdAt: true,
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
  createdAt: Date;
  exercise: { slug: string; lesson: { id: string; slug: string; course: { slug: string } } };
}

/**
 * Stores a grade with its submission (once: a submission already graded keeps its first
 * result), applies the attempt and hint penalties, updates the learner's exercise and lesson
 * progress — all in one transaction — and returns the update to push to the learner's page.
 */
export async function recordResult(
  prisma: PrismaClient,
  submission: GradedSubmission,
  raw: GradeResult,
  manifest: Manifest,
): Promise<SubmissionUpdate | null> {
  const result = gradeResultSchema.parse(raw);
  const submissionId = submission.id;
  // The penalty counts the attempts spent before this one (code that could not be graded
  // spent none), not the submission's number.
  // Hints asked for before the code was submitted take their share too (learning aids).
  const [spentBefore, hintsAsked] = await Promise.all([
    attemptsSpent(prisma, submission.userId, submission.exerciseId, submission.attempt),
    prisma.hintReveal.count({
      where: {
        userId: submission.userId,
        exerciseId: submission.exerciseId,
        createdAt: { lte: submission.createdAt },
      },
    }),
  ]);
  const afterAttempts = attemptScore(result.score, spentBefore + 1, manifest.attempts).score;
  const score = roundScore(afterAttempts * hintFactor(hintsAsked, manifest.hints));
  const gradedAt = new Date();
  const { lesson } = submission.exercise;
  const ref = findLesson(lesson.course.slug, lesson.slug);
  // The grade and the progress it changes are stored together, or not at all.
  const store = () =>
    prisma.$transaction(async (tx) => {
      const stored = await tx.submission.updateMany({
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
      if (stored.count === 0) return false;
      const passedNow = result.gradable && result.score >= PASS;
      await raiseExerciseProgress(tx, submission, passedNow, gradedAt);
      if (ref) await refreshLessonProgress(tx, submission.userId, ref, lesson.id);
      return true;
    });
  let stored: boolean;
  for (let retry = 0; ; retry++) {
    try {
      stored = await store();
      break;
    } catch (error) {
      // Another recorder (scale-out) created the same progress row at the same moment, which
      // fails this whole transaction on PostgreSQL: run it again, the row now exists.
      if ((error as { code?: string }).code !== 'P2002' || retry >= 3) throw error;
    }
  }
  if (!stored) return null;

  const forLearner = await learnerManifest(
    prisma,
    submission.userId,
    manifest,
    submission.exercise.slug,
  );
  const attemptsUsed = await attemptsSpent(prisma, submission.userId, submission.exerciseId);
  return {
    id: submissionId,
    status: 'GRADED',
    result: visibleResult(result, forLearner),
    score,
    attemptsUsed,
  };
}

function roundScore(score: number): number {
  return Math.round(score * 1e9) / 1e9;
}

/**
 * Brings the learner's exercise progress up to date with a newly graded submission. Several
 * processes may record submissions of the same learner and exercise at once (scale-out mode),
 * so every write only ever raises a value — attempts, best score, passed, first pass — and a
 * recorder that read the database before another one committed cannot take anything back.
 */
async function raiseExerciseProgress(
  prisma: DatabaseClient,
  submission: GradedSubmission,
  passedNow: boolean,
  gradedAt: Date,
): Promise<void> {
  const { userId, exerciseId } = submission;
  const key = { userId, exerciseId };
  const [attempts, best] = await Promise.all([
    prisma.submission.count({ where: key }),
    prisma.submission.aggregate({ where: { ...key, status: 'GRADED' }, _max: { score: true } }),
  ]);
  const bestScore = best._max.score ?? 0;
  // Created by another recorder at the same moment, this fails with P2002 and recordResult
  // runs again; the updates below then apply to the row that recorder made.
  await prisma.exerciseProgress.upsert({
    where: { userId_exerciseId: key },
    create: {
      ...key,
      attempts,
      bestScore,
      passed: passedNow,
      firstPassedAt: passedNow ? gradedAt : null,
      lastSubmittedAt: gradedAt,
    },
    update: {},
  });
  await Promise.all([
    prisma.exerciseProgress.updateMany({
      where: { ...key, attempts: { lt: attempts } },
      data: { attempts },
    }),
    prisma.exerciseProgress.updateMany({
      where: { ...key, bestScore: { lt: bestScore } },
      data: { bestScore },
    }),
    prisma.exerciseProgress.updateMany({
      where: { ...key, OR: [{ lastSubmittedAt: null }, { lastSubmittedAt: { lt: gradedAt } }] },
      data: { lastSubmittedAt: gradedAt },
    }),
    passedNow &&
      prisma.exerciseProgress.updateMany({
        where: { ...key, passed: false },
        data: { passed: true, firstPassedAt: gradedAt },
      }),
  ]);
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
  if (!stored.count) return null;
  // A failure on Slope's side spends no attempt: the page learns its count went back.
  const row = await prisma.submission.findUnique({
    where: { id: submissionId },
    select: { userId: true, exerciseId: true },
  });
  const attemptsUsed = row ? await attemptsSpent(prisma, row.userId, row.exerciseId) : undefined;
  return {
    id: submissionId,
    status: 'FAILED',
    errorMessage: message,
    ...(attemptsUsed === undefined ? {} : { attemptsUsed }),
  };
}
