import { closeDefaultPool, seedFor } from '@slope/grader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDatabase } from '../testing/temp-database';
import { findExercise } from './exercise-registry';
import { exerciseRow } from './exercise-row';
import { gradingService } from './grading-service';

let database: Awaited<ReturnType<typeof tempDatabase>>;
beforeAll(async () => {
  database = await tempDatabase();
});
afterAll(async () => {
  await gradingService(database.prisma).queue.close();
  await closeDefaultPool();
  await database.dispose();
});

async function waitUntilDone(id: string) {
  for (let i = 0; i < 200; i++) {
    const row = await database.prisma.submission.findUniqueOrThrow({ where: { id } });
    if (row.status === 'GRADED' || row.status === 'FAILED') return row;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`submission ${id} is still not graded`);
}

describe('gradingService after a restart', () => {
  it('re-queues submissions a stopped process left queued or running, and grades them once', async () => {
    const { prisma } = database;
    const found = (await findExercise('central-difference'))!;
    const exercise = await exerciseRow(prisma, found.location, found.exercise);
    const user = await prisma.user.create({ data: { email: 'restart@example.com' } });
    const left = await Promise.all(
      (['RUNNING', 'QUEUED'] as const).map((status, i) =>
        prisma.submission.create({
          data: {
            userId: user.id,
            exerciseId: exercise.id,
            attempt: i + 1,
            code: found.exercise.solution,
            idempotencyKey: `before-restart-${i}`,
            seed: seedFor(user.id, 'central-difference'),
            status,
            startedAt: status === 'RUNNING' ? new Date() : null,
          },
        }),
      ),
    );

    gradingService(prisma); // what a fresh process does on its first request

    for (const submission of left) {
      const done = await waitUntilDone(submission.id);
      expect(done.status).toBe('GRADED');
      expect(done.rawScore).toBe(1);
      expect(done.gradedAt).toBeInstanceOf(Date);
    }
    const progress = await prisma.exerciseProgress.findUniqueOrThrow({
      where: { userId_exerciseId: { userId: user.id, exerciseId: exercise.id } },
    });
    expect(progress).toMatchObject({ attempts: 2, passed: true });
    expect(
      await prisma.submission.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } }),
    ).toBe(0);
  });
});
