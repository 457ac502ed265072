import type { PrismaClient } from '@slope/db';
import type { GradeResult } from '@slope/grader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { learnerOn } from '../testing/learner-fixture';
import { tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { recordResult } from './record-result';

const EXERCISE = 'mse-gradient';
const graded = (score: number): GradeResult => ({ gradable: true, score, tests: [], timeMs: 1 });

async function submissions(prisma: PrismaClient, email: string, count: number) {
  const { submission, manifest, key } = await learnerOn(prisma, EXERCISE, email);
  const rows = [];
  for (let i = 0; i < count; i++) rows.push(await submission());
  return { rows, manifest, key };
}

const progressOf = (prisma: PrismaClient, key: { userId: string; exerciseId: string }) =>
  prisma.exerciseProgress.findUniqueOrThrow({
    where: { userId_exerciseId: key },
    select: { attempts: true, bestScore: true, passed: true, firstPassedAt: true },
  });

describe.each(testDatabaseKinds)('recordResult on %s', (kind) => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  beforeAll(async () => {
    database = await tempDatabase(kind);
  });
  afterAll(() => database.dispose());

  it('stores a result once: a second recording of the same submission changes nothing', async () => {
    const { prisma } = database;
    const { rows, manifest } = await submissions(prisma, 'once@example.com', 1);
    expect(await recordResult(prisma, rows[0]!, graded(1), manifest)).toMatchObject({
      status: 'GRADED',
      score: 1,
    });
    expect(await recordResult(prisma, rows[0]!, graded(0), manifest)).toBeNull();
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: rows[0]!.id } })).toMatchObject(
      { rawScore: 1 },
    );
  });

  it('never lowers progress: a later failing attempt keeps the pass and the best score', async () => {
    const { prisma } = database;
    const { rows, manifest, key } = await submissions(prisma, 'later@example.com', 2);
    await recordResult(prisma, rows[0]!, graded(1), manifest);
    await recordResult(prisma, rows[1]!, graded(0.25), manifest);
    expect(await progressOf(prisma, key)).toMatchObject({
      attempts: 2,
      bestScore: 1,
      passed: true,
    });
  });

  it('keeps every gain when attempts are recorded at the same moment (several web processes)', async () => {
    const { prisma } = database;
    const { rows, manifest, key } = await submissions(prisma, 'together@example.com', 4);
    await Promise.all(
      rows.map((row, i) => recordResult(prisma, row, graded(i === 2 ? 1 : 0.5), manifest)),
    );
    const progress = await progressOf(prisma, key);
    expect(progress).toMatchObject({ attempts: 4, bestScore: 1, passed: true });
    expect(progress.firstPassedAt).toBeInstanceOf(Date);
  });

  it('stores the grade and the progress together, or neither when the progress write fails', async () => {
    const { prisma } = database;
    const { rows, manifest, key } = await submissions(prisma, 'atomic@example.com', 1);
    await prisma.$executeRawUnsafe(
      'ALTER TABLE "ExerciseProgress" RENAME TO "ExerciseProgressAway"',
    );
    try {
      await expect(recordResult(prisma, rows[0]!, graded(1), manifest)).rejects.toThrow();
    } finally {
      await prisma.$executeRawUnsafe(
        'ALTER TABLE "ExerciseProgressAway" RENAME TO "ExerciseProgress"',
      );
    }
    const still = await prisma.submission.findUniqueOrThrow({ where: { id: rows[0]!.id } });
    expect(still).toMatchObject({ status: 'QUEUED', rawScore: null, gradedAt: null });

    // Recorded again (the queue retries), it lands whole.
    expect(await recordResult(prisma, rows[0]!, graded(1), manifest)).toMatchObject({ score: 1 });
    expect(await progressOf(prisma, key)).toMatchObject({ attempts: 1, passed: true });
  });
});
