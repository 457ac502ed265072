import type { PrismaClient } from '@slope/db';
import { closeDefaultPool, type GradeResult, grade } from '@slope/grader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { findExercise } from './exercise-registry';
import { exerciseRow } from './exercise-row';
import { GRADED_SUBMISSION, recordResult } from './record-result';
import { HISTORY_PAGE_SIZE, submissionHistory } from './submission-history';

const EXERCISE = 'mse-gradient';
const found = (await findExercise(EXERCISE))!;
const { manifest } = found.exercise;

const RIGHT = found.exercise.solution;
/** The reference with every component doubled: the classic slip of counting the 2 twice. */
const TWICE = `${RIGHT.replace('export function grad', 'function reference')}
export function grad(w: number[], X: number[][], y: number[]): number[] {
  return reference(w, X, y).map((v) => 2 * v);
}`;

const syntaxError: GradeResult = {
  gradable: false,
  score: 0,
  tests: [],
  formatErrors: [{ file: 'submission.ts', line: 1, column: 9, message: "'(' expected" }],
  timeMs: 1,
};

/** A result whose full feedback names a hidden expected value (what "summary" must hold back). */
const namesExpected: GradeResult = {
  gradable: true,
  score: 0,
  tests: [
    {
      name: 'at w = 0',
      status: 'failed',
      passed: false,
      points: 0,
      maxPoints: 1,
      message: 'Expected 0.731059 but got 0.5.',
      diagnostics: [{ kind: 'note', text: 'expected 0.731059' }],
    },
  ],
  output: 'debug: 0.731059',
  timeMs: 1,
};

describe.each(testDatabaseKinds)('submissionHistory on %s', (kind) => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  let n = 0;
  beforeAll(async () => {
    database = await tempDatabase(kind);
  });
  afterAll(async () => {
    await closeDefaultPool();
    await database.dispose();
  });

  /** A learner and a way to submit code as submitCode stores it, then grade it (or not). */
  async function learner(prisma: PrismaClient) {
    const exercise = await exerciseRow(prisma, found.location, found.exercise);
    const user = await prisma.user.create({ data: { email: `history${n++}@example.com` } });
    let number = 0;
    const submit = async (code: string, result?: GradeResult) => {
      number++;
      const { id } = await prisma.submission.create({
        data: {
          userId: user.id,
          exerciseId: exercise.id,
          attempt: number,
          code,
          idempotencyKey: `k-${number}`,
          seed: number,
          // one second apart, so "newest first" is visible in the times too
          createdAt: new Date(Date.UTC(2026, 11, 1, 12, 0, number)),
        },
      });
      if (result) {
        const row = await prisma.submission.findUniqueOrThrow({
          where: { id },
          select: GRADED_SUBMISSION,
        });
        await recordResult(prisma, row, result, manifest);
      }
      return id;
    };
    return { user, exercise, submit };
  }

  it('lists only the learner’s own submissions, newest first, with attempt, score after penalty and diagnosis', async () => {
    const { prisma } = database;
    const me = await learner(prisma);
    const other = await learner(prisma);
    await me.submit(TWICE, await grade(found.exercise, TWICE, { seed: 1 }));
    await other.submit('// someone else’s code', await grade(found.exercise, RIGHT, { seed: 2 }));
    await me.submit('export function grad(', syntaxError);
    await me.submit(RIGHT, await grade(found.exercise, RIGHT, { seed: 3 }));
    await me.submit(RIGHT); // still waiting for a grader

    const outcome = await submissionHistory(prisma, me.user.id, EXERCISE);
    expect(outcome.status).toBe(200);
    if (outcome.status !== 200) return;
    const { page } = outcome;
    expect(page.total).toBe(4);
    expect(page.nextBefore).toBeNull();
    expect(JSON.stringify(page)).not.toContain('someone else');
    const penalty = manifest.attempts.penaltyPerAttempt;
    expect(
      page.submissions.map(({ number, attempt, status, score, penalty, diagnosis }) => ({
        number,
        attempt,
        status,
        score,
        penalty,
        diagnosis,
      })),
    ).toEqual([
      { number: 4, attempt: 3, status: 'QUEUED', score: null, penalty: 0, diagnosis: null },
      {
        number: 3,
        attempt: 2, // the syntax error before it spent no attempt
        status: 'GRADED',
        score: 1 - penalty,
        penalty,
        diagnosis: 'passed',
      },
      {
        number: 2,
        attempt: null,
        status: 'GRADED',
        score: 0,
        penalty: 0,
        diagnosis: 'code did not run',
      },
      {
        number: 1,
        attempt: 1,
        status: 'GRADED',
        score: 0,
        penalty: 0,
        diagnosis: 'gradient scaled by ×2',
      },
    ]);
    const [, passed, , first] = page.submissions;
    expect(first?.code).toBe(TWICE);
    expect(first?.submittedAt).toBe('2026-12-01T12:00:01.000Z');
    expect(first?.result?.tests[0]?.message).toMatch(/×2 the expected value/);
    expect(passed?.result?.score).toBe(1);

    // The other learner sees theirs alone.
    const theirs = await submissionHistory(prisma, other.user.id, EXERCISE);
    expect(theirs.status === 200 && theirs.page.submissions.map((s) => s.code)).toEqual([
      '// someone else’s code',
    ]);
  });

  it('shows a summary-only class no per-test messages, diagnostics or expected values', async () => {
    const { prisma } = database;
    const me = await learner(prisma);
    await me.submit(TWICE, await grade(found.exercise, TWICE, { seed: 4 }));
    await me.submit('export function grad() { return [0.5]; }', namesExpected);
    const full = JSON.stringify(await submissionHistory(prisma, me.user.id, EXERCISE));
    expect(full).toContain('0.731059');
    expect(full).toContain('×2');

    const teacher = await prisma.user.create({ data: { email: `teacher${n++}@example.com` } });
    await prisma.class.create({
      data: {
        name: 'Summary only',
        courseId: (await prisma.lesson.findUniqueOrThrow({ where: { id: me.exercise.lessonId } }))
          .courseId,
        joinCode: `SUMMARY${n}`,
        createdById: teacher.id,
        memberships: { create: { userId: me.user.id } },
        exerciseSettings: { create: { exerciseId: me.exercise.id, feedback: 'SUMMARY' } },
      },
    });

    const outcome = await submissionHistory(prisma, me.user.id, EXERCISE);
    if (outcome.status !== 200) throw new Error(outcome.error);
    const text = JSON.stringify(outcome.page);
    expect(text).not.toContain('0.731059');
    expect(text).not.toContain('×2');
    expect(text).not.toContain('diagnostics');
    expect(text).not.toContain('debug:');
    for (const entry of outcome.page.submissions) {
      expect(entry.diagnosis).toBe('wrong values');
      for (const test of entry.result?.tests ?? [])
        expect(test.message).toBe('Not passed (failed).');
    }
  });

  it('pages through many submissions with nextBefore', async () => {
    const { prisma } = database;
    const me = await learner(prisma);
    for (let i = 0; i < HISTORY_PAGE_SIZE + 3; i++) await me.submit(`// try ${i + 1}`);
    const first = await submissionHistory(prisma, me.user.id, EXERCISE);
    if (first.status !== 200) throw new Error(first.error);
    expect(first.page.submissions).toHaveLength(HISTORY_PAGE_SIZE);
    expect(first.page.submissions[0]?.number).toBe(HISTORY_PAGE_SIZE + 3);
    expect(first.page.nextBefore).toBe(4);
    const rest = await submissionHistory(prisma, me.user.id, EXERCISE, {
      before: String(first.page.nextBefore),
    });
    if (rest.status !== 200) throw new Error(rest.error);
    expect(rest.page.submissions.map((s) => s.code)).toEqual(['// try 3', '// try 2', '// try 1']);
    expect(rest.page).toMatchObject({ total: HISTORY_PAGE_SIZE + 3, nextBefore: null });
  });

  it.each([
    ['an unknown exercise', 'no-such-exercise', undefined, 404, /no exercise "no-such-exercise"/],
    ['a cursor that is not a number', EXERCISE, 'abc', 400, /"before" must be/],
    ['a cursor of 0', EXERCISE, '0', 400, /"before" must be/],
  ])('refuses %s', async (_name, slug, before, status, error) => {
    const outcome = await submissionHistory(database.prisma, 'nobody', slug, { before });
    expect(outcome).toMatchObject({ status, error: expect.stringMatching(error) });
  });
});
