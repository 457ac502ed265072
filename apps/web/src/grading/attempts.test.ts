import type { PrismaClient } from '@slope/db';
import { attemptScore, type GradeResult } from '@slope/grader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLesson } from '../content/widgets/lesson-widgets';
import { learnerOn } from '../testing/learner-fixture';
import { tempDatabase } from '../testing/temp-database';
import { attemptsSpent } from './attempts';
import { findExercise } from './exercise-registry';
import { createGradingService } from './grading-service';
import { lessonExercisesState } from './lesson-exercises-state';
import { recordFailure, recordResult } from './record-result';
import { submitCode } from './submit-code';

// 10 attempts, 5 % off per earlier attempt
const EXERCISE = 'central-difference';
const notGradable: GradeResult = {
  gradable: false,
  score: 0,
  tests: [],
  formatErrors: [{ file: 'submission.ts', line: 1, column: 20, message: "')' expected" }],
  timeMs: 1,
};
const graded = (score: number): GradeResult => ({ gradable: true, score, tests: [], timeMs: 1 });

describe('attempts: code that could not be graded spends none', () => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  beforeAll(async () => {
    database = await tempDatabase('sqlite');
  });
  afterAll(() => database.dispose());

  const learner = (prisma: PrismaClient) => learnerOn(prisma, EXERCISE);

  it('refunds a syntax error and a grading that failed on our side, and counts the penalty from spent attempts', async () => {
    const { prisma } = database;
    const { user, exercise, manifest, submission } = await learner(prisma);
    const first = await submission();
    expect(await attemptsSpent(prisma, user.id, exercise.id)).toBe(1); // waiting: spent for now
    expect(await recordResult(prisma, first, notGradable, manifest)).toMatchObject({
      status: 'GRADED',
      attemptsUsed: 0,
    });
    const second = await submission();
    expect(await recordFailure(prisma, second.id, 'the grader failed')).toMatchObject({
      status: 'FAILED',
      attemptsUsed: 0,
    });
    const third = await submission();
    expect(await recordResult(prisma, third, graded(0.5), manifest)).toMatchObject({
      attemptsUsed: 1,
      score: 0.5, // the first spent attempt: no penalty, though it is submission 3
    });
    const fourth = await submission();
    const update = await recordResult(prisma, fourth, graded(1), manifest);
    expect(update).toMatchObject({ attemptsUsed: 2 });
    expect(update?.score).toBe(attemptScore(1, 2, manifest.attempts).score);
    expect(update?.score).not.toBe(attemptScore(1, 4, manifest.attempts).score);
    // The lesson page's count is the same one.
    const lesson = await prisma.lesson.findUniqueOrThrow({
      where: { id: exercise.lessonId },
      select: { slug: true, course: { select: { slug: true } } },
    });
    const ref = findLesson(lesson.course.slug, lesson.slug)!;
    const state = await lessonExercisesState(prisma, user.id, ref);
    expect(state[EXERCISE]?.attempts).toBe(2);
  });

  it('keeps accepting code after any number of syntax errors, and refuses once the spent attempts reach the limit', async () => {
    const { prisma } = database;
    const { user, manifest, submission } = await learner(prisma);
    const max = manifest.attempts.max!;
    for (let i = 0; i < max; i++)
      await recordResult(prisma, await submission(), notGradable, manifest);
    const service = createGradingService(prisma, { queue: null });
    try {
      const found = (await findExercise(EXERCISE))!;
      const accepted = await submitCode(prisma, service, user.id, {
        exerciseId: EXERCISE,
        code: found.exercise.solution,
        idempotencyKey: 'after-ten-syntax-errors',
      });
      expect(accepted).toMatchObject({
        status: 202,
        submission: { attempt: max + 1, attemptsUsed: 1, duplicate: false },
      });
      // the same key again: the same submission, with the same count
      expect(
        await submitCode(prisma, service, user.id, {
          exerciseId: EXERCISE,
          code: found.exercise.solution,
          idempotencyKey: 'after-ten-syntax-errors',
        }),
      ).toMatchObject({ status: 200, submission: { attemptsUsed: 1, duplicate: true } });
      for (let i = 1; i < max; i++)
        await recordResult(prisma, await submission(), graded(0), manifest);
      const refused = await submitCode(prisma, service, user.id, {
        exerciseId: EXERCISE,
        code: found.exercise.solution,
        idempotencyKey: 'one-too-many',
      });
      expect(refused).toMatchObject({ status: 409 });
    } finally {
      await service.close();
    }
  });
});
