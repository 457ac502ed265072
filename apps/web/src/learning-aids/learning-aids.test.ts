import type { GradeResult } from '@slope/grader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGradingService } from '../grading/grading-service';
import { recordResult } from '../grading/record-result';
import { submitCode } from '../grading/submit-code';
import { learnerOn } from '../testing/learner-fixture';
import { tempDatabase } from '../testing/temp-database';
import { askHint } from './ask-hint';
import { learningAids } from './learning-aids';

// mse-gradient: 3 hints, the first opens after 1 failed attempt and the second after 2; free to
// ask. central-difference: 10 attempts, 3 hints; the first opens after 2 failures, the others
// only on request; asking costs 10 %.
const graded = (score: number): GradeResult => ({ gradable: true, score, tests: [], timeMs: 1 });
const notGradable: GradeResult = {
  gradable: false,
  score: 0,
  tests: [],
  formatErrors: [{ file: 'submission.ts', line: 1, column: 1, message: 'x' }],
  timeMs: 1,
};

describe('learning aids: hints and the worked solution', () => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  beforeAll(async () => {
    database = await tempDatabase('sqlite');
  });
  afterAll(() => database.dispose());

  it('opens hints after failed attempts, not after code that could not be graded, and never sends a closed hint', async () => {
    const { prisma } = database;
    const { user, manifest, submission } = await learnerOn(prisma, 'mse-gradient');
    const before = (await learningAids(prisma, user.id, 'mse-gradient'))!;
    expect(before.hints).toMatchObject({
      total: 3,
      open: [],
      next: { index: 0, opensAfterFailed: 1, failed: 0 },
    });
    // A closed hint's text and title are nowhere in the answer.
    expect(JSON.stringify(before)).not.toContain('residual');

    await recordResult(prisma, await submission(), notGradable, manifest);
    expect((await learningAids(prisma, user.id, 'mse-gradient'))!.hints.open).toEqual([]);

    await recordResult(prisma, await submission(), graded(0.5), manifest);
    const after = (await learningAids(prisma, user.id, 'mse-gradient'))!;
    expect(after.hints.open.map((h) => [h.index, h.title, h.asked])).toEqual([
      [0, 'Start from the residuals', false],
    ]);
    expect(after.hints.open[0]!.html).toContain('katex');
    expect(after.hints.next).toMatchObject({ index: 1, opensAfterFailed: 2, failed: 1 });
    expect(JSON.stringify(after)).not.toContain('One weight at a time');
  });

  it('opens a hint on request, in order only, once, and takes its penalty off later submissions', async () => {
    const { prisma } = database;
    const { user, manifest, submission, key } = await learnerOn(prisma, 'central-difference');
    const earlier = await submission();
    expect(await askHint(prisma, user.id, 'central-difference', { index: 3 })).toMatchObject({
      status: 404, // it has three hints
    });
    expect(await askHint(prisma, user.id, 'central-difference', { index: 1 })).toMatchObject({
      status: 409, // hint 1 is still closed
    });
    expect(await askHint(prisma, user.id, 'central-difference', { index: '0' })).toMatchObject({
      status: 400,
    });
    const asked = await askHint(prisma, user.id, 'central-difference', { index: 0 });
    expect(asked).toMatchObject({
      status: 200,
      aids: {
        hints: { open: [{ index: 0, asked: true }], next: { index: 1, opensAfterFailed: null } },
      },
    });
    // Asking again records nothing more.
    await askHint(prisma, user.id, 'central-difference', { index: 0 });
    expect(await prisma.hintReveal.count({ where: key })).toBe(1);

    // The submission made before asking keeps its whole score; the one after loses 10 %.
    const later = await submission();
    await prisma.submission.update({
      where: { id: earlier.id },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    const first = await recordResult(
      prisma,
      { ...earlier, createdAt: new Date(Date.now() - 60_000) },
      graded(1),
      manifest,
    );
    expect(first?.score).toBe(1);
    const second = await recordResult(prisma, later, graded(1), manifest);
    // attempt 2: 5 % attempt penalty, then 10 % for the hint
    expect(second?.score).toBeCloseTo(0.95 * 0.9, 9);
  });

  it('refuses a hint out of order', async () => {
    const { prisma } = database;
    const { user } = await learnerOn(prisma, 'mse-gradient');
    expect(await askHint(prisma, user.id, 'mse-gradient', { index: 2 })).toMatchObject({
      status: 409,
      error: 'Hints open in order: ask for hint 1 first.',
    });
    expect(await prisma.hintReveal.count({ where: { userId: user.id } })).toBe(0);
  });

  it('never sends the worked solution before the learner passed, then sends it', async () => {
    const { prisma } = database;
    const { user, manifest, submission } = await learnerOn(prisma, 'mse-gradient');
    for (const score of [0, 0.9]) {
      await recordResult(prisma, await submission(), graded(score), manifest);
      const aids = (await learningAids(prisma, user.id, 'mse-gradient'))!;
      expect(aids.solution).toEqual({ open: false, dueOpens: null, attemptsOpen: null });
      expect(JSON.stringify(aids)).not.toContain('export function grad');
    }
    await recordResult(prisma, await submission(), graded(1), manifest);
    const aids = (await learningAids(prisma, user.id, 'mse-gradient'))!;
    expect(aids.solution).toMatchObject({ open: true, reason: 'passed' });
    expect(aids.solution?.open && aids.solution.html).toContain('export');
  });

  it('opens the worked solution once every attempt is spent', async () => {
    const { prisma } = database;
    const { user, manifest, submission } = await learnerOn(prisma, 'central-difference');
    const max = manifest.attempts.max!;
    for (let i = 0; i < max - 1; i++)
      await recordResult(prisma, await submission(), graded(0), manifest);
    const before = (await learningAids(prisma, user.id, 'central-difference'))!;
    expect(before.solution).toEqual({ open: false, dueOpens: null, attemptsOpen: max });
    await recordResult(prisma, await submission(), graded(0), manifest);
    const after = (await learningAids(prisma, user.id, 'central-difference'))!;
    expect(after.solution).toMatchObject({ open: true, reason: 'attempts-spent' });
  });

  it('opens it to a class after the due date when the instructor allows it, and closes submissions then', async () => {
    const { prisma } = database;
    const { user, exercise } = await learnerOn(prisma, 'mse-gradient');
    const instructor = await prisma.user.create({ data: { email: 'teacher-aids@example.com' } });
    const lesson = await prisma.lesson.findUniqueOrThrow({
      where: { id: exercise.lessonId },
      select: { courseId: true },
    });
    const klass = await prisma.class.create({
      data: {
        name: 'Aids class',
        courseId: lesson.courseId,
        joinCode: 'AIDS-1',
        createdById: instructor.id,
      },
    });
    await prisma.classMembership.create({ data: { classId: klass.id, userId: user.id } });
    const dueAt = new Date(Date.now() + 3_600_000);
    const setting = await prisma.classExerciseSetting.create({
      data: { classId: klass.id, exerciseId: exercise.id, dueAt, solutionAfterDue: true },
    });
    const waiting = (await learningAids(prisma, user.id, 'mse-gradient'))!;
    expect(waiting.solution).toEqual({
      open: false,
      dueOpens: dueAt.toISOString(),
      attemptsOpen: null,
    });
    expect(waiting.submissionsClosed).toBe(false);

    await prisma.classExerciseSetting.update({
      where: { id: setting.id },
      data: { dueAt: new Date(Date.now() - 1000) },
    });
    const open = (await learningAids(prisma, user.id, 'mse-gradient'))!;
    expect(open).toMatchObject({
      solution: { open: true, reason: 'after-due' },
      submissionsClosed: true,
    });
    const service = createGradingService(prisma, { queue: null });
    try {
      const refused = await submitCode(prisma, service, user.id, {
        exerciseId: 'mse-gradient',
        code: 'export function grad() { return [] }',
        idempotencyKey: 'after-the-solution',
      });
      expect(refused).toMatchObject({ status: 409 });
      expect(await prisma.submission.count({ where: { userId: user.id } })).toBe(0);
    } finally {
      await service.close();
    }
  });
});
