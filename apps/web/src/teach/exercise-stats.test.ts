import type { PrismaClient } from '@slope/db';
import type { GradeResult } from '@slope/grader';
import { compareGradients } from '@slope/numeric';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClassFixture, classFixture, progress } from '../testing/class-fixture';
import { type TempDatabase, tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { diagnosisKey } from './diagnosis';
import { exerciseByClass, exerciseStats } from './exercise-stats';

/** A graded result whose one test carries @slope/numeric's diagnosis of `got` vs `expected`. */
function graded(got: number[], expected: number[], shape?: [number[], number[]]): GradeResult {
  const d = compareGradients(got, expected, {
    gotShape: shape?.[0] ?? [got.length],
    expectedShape: shape?.[1] ?? [expected.length],
  });
  return {
    gradable: true,
    score: d.ok ? 1 : 0,
    tests: [
      {
        name: 'case 1',
        status: d.ok ? 'passed' : 'failed',
        passed: d.ok,
        points: d.ok ? 1 : 0,
        maxPoints: 1,
        message: d.message,
        diagnostics: [{ kind: 'gradient', diagnosis: d as never }],
      },
    ],
    timeMs: 2,
  };
}
const twice = () => graded([2, 4, 6], [1, 2, 3]);
const transposed = () =>
  graded(
    [1, 4, 2, 5, 3, 6],
    [1, 2, 3, 4, 5, 6],
    [
      [3, 2],
      [2, 3],
    ],
  );
const right = () => graded([1, 2, 3], [1, 2, 3]);

describe.each(testDatabaseKinds)('exercise statistics on %s', (kind) => {
  let db: TempDatabase;
  let prisma: PrismaClient;
  let f: ClassFixture;

  /** Stores a learner's submissions (minutes after 9:00) and their progress row. */
  async function history(userId: string, results: Array<[GradeResult, number]>, diagnose = true) {
    let attempt = 0;
    for (const [result, minute] of results) {
      attempt++;
      await prisma.submission.create({
        data: {
          userId,
          exerciseId: f.exercises.mse,
          attempt,
          code: `// attempt ${attempt}`,
          idempotencyKey: `${userId}-${attempt}`,
          seed: 1,
          status: 'GRADED',
          score: result.score,
          rawScore: result.score,
          result: JSON.parse(JSON.stringify(result)),
          diagnosis: diagnose ? diagnosisKey(result) : null,
          createdAt: new Date(Date.UTC(2026, 5, 1, 9, minute)),
        },
      });
    }
    const best = Math.max(...results.map(([r]) => r.score));
    await progress(prisma, userId, f.exercises.mse, {
      attempts: results.length,
      bestScore: best,
      passed: best === 1,
    });
  }

  beforeAll(async () => {
    db = await tempDatabase(kind);
    prisma = db.prisma;
    f = await classFixture(prisma);
    const l = async (name: string, classId?: string) => f.addLearner(name, classId);
    // Three learners forgot/doubled the factor (one of them twice), two transposed X.
    await history(await l('A'), [
      [twice(), 0],
      [twice(), 10],
      [right(), 30],
    ]);
    await history(await l('B'), [
      [twice(), 0],
      [right(), 4],
    ]);
    await history(await l('C'), [
      [twice(), 0],
      [transposed(), 5],
    ]);
    // D's grades predate diagnoses: they are classified on the first look.
    await history(await l('D'), [[transposed(), 0]], false);
    await history(await l('E'), [[right(), 0]]);
    await l('F'); // joined, never submitted
    // Someone in another class made the same mistake: not this class's statistics.
    await history(await l('Other', f.otherClassId), [[twice(), 0]]);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('counts attempts, passes, medians and best scores for the class', async () => {
    const stats = await exerciseStats(prisma, f.exercises.mse, { classId: f.classId });
    expect(stats).toMatchObject({
      learners: 6,
      attempted: 5,
      passed: 3,
      submissions: 9,
      passRate: 3 / 5,
    });
    // First passing attempt: A 3rd, B 2nd, E 1st → median 2.
    expect(stats.medianAttemptsToPass).toBe(2);
    // First submission → first pass: A 30 min, B 4 min, E 0 → median 4 min.
    expect(stats.medianTimeToPassMs).toBe(4 * 60_000);
    expect(stats.scoreBins[0]!.count).toBe(2); // C and D at 0
    expect(stats.scoreBins[10]!.count).toBe(3); // A, B, E at 100%
  });

  it('groups the mistakes across learners, most learners first', async () => {
    const { diagnoses } = await exerciseStats(prisma, f.exercises.mse, { classId: f.classId });
    expect(diagnoses.map((d) => [d.learners, d.label, d.submissions])).toEqual([
      [3, 'gradient scaled by ×2', 4],
      [2, 'gradient transposed', 2],
    ]);
    expect(diagnoses[0]!.hint).toMatch(/2 from the square/);
  });

  it('across every class (authors), with a row per class', async () => {
    const all = await exerciseStats(prisma, f.exercises.mse, 'all');
    expect(all).toMatchObject({ learners: 6, attempted: 6, passed: 3 });
    expect(all.diagnoses[0]).toMatchObject({ learners: 4, label: 'gradient scaled by ×2' });
    expect(await exerciseByClass(prisma, f.exercises.mse)).toEqual([
      { classId: f.otherClassId, name: 'Evening class', attempted: 1, passed: 0 },
      { classId: f.classId, name: 'Morning class', attempted: 5, passed: 3 },
    ]);
  });

  it('an exercise nobody submitted has empty statistics', async () => {
    const stats = await exerciseStats(prisma, f.exercises.chain, { classId: f.classId });
    expect(stats).toMatchObject({
      attempted: 0,
      passRate: null,
      medianAttemptsToPass: null,
      diagnoses: [],
    });
    expect((await exerciseStats(prisma, null, { classId: f.classId })).learners).toBe(6);
  });
});
