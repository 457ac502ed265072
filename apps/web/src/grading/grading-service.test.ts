import type { PrismaClient } from '@slope/db';
import { closeDefaultPool, grade, seedFor } from '@slope/grader';
import { type GradingWorker, startGradingWorker } from '@slope/grader/bullmq';
import { deletePrefix, redisForTests, uniquePrefix } from '@slope/grader/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '../env';
import { tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { findExercise } from './exercise-registry';
import { exerciseRow } from './exercise-row';
import { createGradingService, type GradingService } from './grading-service';
import { gaveUpMessage } from './reconcile';
import { toSeedColumn } from './seed-column';
import type { SubmissionUpdate } from './submission-events';
import { submitCode } from './submit-code';

const redis = await redisForTests();
const EXERCISE = 'central-difference';

async function waitUntilDone(prisma: PrismaClient, id: string) {
  for (let i = 0; i < 300; i++) {
    const row = await prisma.submission.findUniqueOrThrow({ where: { id } });
    if (row.status === 'GRADED' || row.status === 'FAILED') return row;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`submission ${id} is still not graded`);
}

/**
 * The learner's exercise progress, once recorded: it is written just after the submission's
 * status turns GRADED, so it is polled for.
 */
async function expectProgress(
  prisma: PrismaClient,
  userId: string,
  exerciseId: string,
  expected: { attempts: number; passed: boolean },
) {
  await expect
    .poll(() =>
      prisma.exerciseProgress.findUnique({
        where: { userId_exerciseId: { userId, exerciseId } },
        select: { attempts: true, passed: true },
      }),
    )
    .toEqual(expected);
}

/** Submissions a stopped process left behind, as rows only (the queue never saw them). */
async function leftUnfinished(prisma: PrismaClient, email: string) {
  const found = (await findExercise(EXERCISE))!;
  const exercise = await exerciseRow(prisma, found.location, found.exercise);
  const user = await prisma.user.create({ data: { email } });
  const rows = await Promise.all(
    (['RUNNING', 'QUEUED'] as const).map((status, i) =>
      prisma.submission.create({
        data: {
          userId: user.id,
          exerciseId: exercise.id,
          attempt: i + 1,
          code: found.exercise.solution,
          idempotencyKey: `before-restart-${i}`,
          seed: toSeedColumn(seedFor(user.id, EXERCISE, 1, 'test-secret')),
          status,
          startedAt: status === 'RUNNING' ? new Date() : null,
        },
      }),
    ),
  );
  return { user, exercise, rows, solution: found.exercise.solution };
}

describe.each(testDatabaseKinds)('on %s', (kind) => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  beforeAll(async () => {
    database = await tempDatabase(kind);
  });
  afterAll(async () => {
    await closeDefaultPool();
    await database.dispose();
  });

  describe('embedded grading after a restart', () => {
    it('re-queues submissions a stopped process left queued or running, and grades them once', async () => {
      const { prisma } = database;
      const { user, exercise, rows } = await leftUnfinished(prisma, 'restart@example.com');

      const service = createGradingService(prisma, { queue: null }); // what a fresh process does
      try {
        for (const submission of rows) {
          const done = await waitUntilDone(prisma, submission.id);
          expect(done.status).toBe('GRADED');
          expect(done.rawScore).toBe(1);
          expect(done.gradedAt).toBeInstanceOf(Date);
        }
      } finally {
        await service.close();
      }
      await expectProgress(prisma, user.id, exercise.id, { attempts: 2, passed: true });
      expect(
        await prisma.submission.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } }),
      ).toBe(0);
    });
  });

  describe('hidden inputs', () => {
    it('are new for every attempt, from a seed keyed by the server secret', async () => {
      const { prisma } = database;
      const user = await prisma.user.create({ data: { email: 'attempts@example.com' } });
      const found = (await findExercise(EXERCISE))!;
      const service = createGradingService(prisma, { queue: null });
      try {
        const ids: string[] = [];
        for (const key of ['attempt-one', 'attempt-two', 'attempt-three']) {
          const outcome = await submitCode(prisma, service, user.id, {
            exerciseId: EXERCISE,
            code: found.exercise.solution,
            idempotencyKey: key,
          });
          if (outcome.status !== 202) throw new Error(JSON.stringify(outcome));
          ids.push(outcome.submission.id);
        }
        const rows = await Promise.all(ids.map((id) => waitUntilDone(prisma, id)));
        expect(rows.map((r) => r.attempt)).toEqual([1, 2, 3]);
        expect(new Set(rows.map((r) => r.seed)).size).toBe(3);
        // Keyed by the server's secret: the seed is not computable from the ids alone.
        for (const row of rows) {
          expect(row.seed).toBe(
            toSeedColumn(seedFor(user.id, EXERCISE, row.attempt, env().nextAuthSecret)),
          );
          expect(row.seed).not.toBe(toSeedColumn(seedFor(user.id, EXERCISE, row.attempt)));
        }
      } finally {
        await service.close();
      }
    });
  });

  describe('embedded poison jobs', () => {
    it('fails, with a message, a submission whose grading was cut off GRADER_MAX_TRIES times', async () => {
      const { prisma } = database;
      const { rows } = await leftUnfinished(prisma, 'poison@example.com');
      const [poison, unlucky] = [rows[0]!, rows[1]!];
      // Grading each had started (and the process died) twice and once before this start.
      await prisma.submission.update({ where: { id: poison.id }, data: { tries: 2 } });
      await prisma.submission.update({ where: { id: unlucky.id }, data: { tries: 1 } });

      const service = createGradingService(prisma, { queue: null, maxTries: 2 });
      try {
        expect(await waitUntilDone(prisma, poison.id)).toMatchObject({
          status: 'FAILED',
          errorMessage: gaveUpMessage(2),
          rawScore: null,
          tries: 2,
        });
        expect(await waitUntilDone(prisma, unlucky.id)).toMatchObject({
          status: 'GRADED',
          rawScore: 1,
          tries: 2,
        });
      } finally {
        await service.close();
      }
    });
  });

  describe(`queue mode (BullMQ)${redis.skip ? ` (${redis.skip})` : ''}`, () => {
    const prefix = uniquePrefix('web');
    const services: GradingService[] = [];
    let worker: GradingWorker;
    const webProcess = () => {
      const service = createGradingService(database.prisma, {
        queue: { redisUrl: redis.url, prefix, maxTries: 3 },
        reconcileEveryMs: 300,
        reconcileGraceMs: 0,
      });
      services.push(service);
      return service;
    };
    beforeAll(() => {
      if (redis.skip) return;
      worker = startGradingWorker({
        redisUrl: redis.url,
        prefix,
        concurrency: 2,
        async grade(submission) {
          const found = await findExercise(submission.exerciseId);
          return grade(found!.exercise, submission.code, { seed: submission.seed });
        },
      });
    });
    afterAll(async () => {
      if (redis.skip) return;
      await worker.close(5000);
      for (const service of services) await service.close();
      await deletePrefix(redis.url, prefix);
    });

    it.skipIf(redis.skip)(
      'grades through a worker; a page following it through another web process sees each step',
      async () => {
        const { prisma } = database;
        const [submitting, following] = [webProcess(), webProcess()];
        const user = await prisma.user.create({ data: { email: 'queue@example.com' } });
        const found = (await findExercise(EXERCISE))!;
        const outcome = await submitCode(prisma, submitting, user.id, {
          exerciseId: EXERCISE,
          code: found.exercise.solution,
          idempotencyKey: 'queue-mode-1',
        });
        if (outcome.status !== 202) throw new Error(JSON.stringify(outcome));
        const { id } = outcome.submission;
        const seen: SubmissionUpdate[] = [];
        following.events.subscribe(id, (update) => seen.push(update));

        const done = await waitUntilDone(prisma, id);
        expect(done).toMatchObject({ status: 'GRADED', rawScore: 1, score: 1 });
        await expect.poll(() => seen.at(-1)?.status).toBe('GRADED');
        expect(seen.at(-1)?.result).toMatchObject({ gradable: true, score: 1 });
        expect(seen.map((u) => u.status).filter((s) => s === 'GRADED')).toHaveLength(1);
      },
    );

    it.skipIf(redis.skip)(
      'queues again what the queue lost (a Redis restart), and records each once',
      async () => {
        const { prisma } = database;
        const { rows, user, exercise } = await leftUnfinished(prisma, 'lost@example.com');
        webProcess();
        for (const submission of rows) {
          expect(await waitUntilDone(prisma, submission.id)).toMatchObject({
            errorMessage: null,
            status: 'GRADED',
            rawScore: 1,
          });
        }
        await expectProgress(prisma, user.id, exercise.id, { attempts: 2, passed: true });
      },
    );
  });
});
