import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradingService } from '../grading/grading-service';
import { tempDatabase, testDatabaseKinds } from '../testing/temp-database';
import { gradingMetrics, prometheusText } from './metrics';
import { readiness } from './readiness';

/** A grading service whose queue reports fixed numbers (or fails, like an unreachable Redis). */
const service = (mode: GradingService['mode'], reachable = true) =>
  ({
    mode,
    queue: {
      stats: async () => {
        if (!reachable) throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
        return { waiting: 3, running: 2, done: 40, failed: 1 };
      },
    },
  }) as unknown as GradingService;

describe.each(testDatabaseKinds)('on %s', (kind) => {
  let database: Awaited<ReturnType<typeof tempDatabase>>;
  beforeAll(async () => {
    database = await tempDatabase(kind);
    const { prisma } = database;
    const user = await prisma.user.create({ data: { email: 'm@example.com' } });
    const course = await prisma.course.create({ data: { slug: 'c', title: 'C', summary: '' } });
    const lesson = await prisma.lesson.create({
      data: { courseId: course.id, slug: 'l', position: 1, title: 'L', summary: '', minutes: 5 },
    });
    const exercise = await prisma.exercise.create({
      data: { lessonId: lesson.id, slug: 'e', title: 'E', maxPoints: 1 },
    });
    const now = Date.now();
    // Graded 2 s, 4 s, …, 20 s after submission; each ran for 1 s.
    for (let i = 1; i <= 10; i++) {
      await prisma.submission.create({
        data: {
          userId: user.id,
          exerciseId: exercise.id,
          attempt: i,
          code: 'x',
          idempotencyKey: `key-${i}`,
          seed: 1,
          status: 'GRADED',
          createdAt: new Date(now - 60_000 - 2000 * i),
          startedAt: new Date(now - 60_000 - 1000),
          gradedAt: new Date(now - 60_000),
        },
      });
    }
    await prisma.submission.create({
      data: {
        userId: user.id,
        exerciseId: exercise.id,
        attempt: 11,
        code: 'x',
        idempotencyKey: 'q',
        seed: 1,
      },
    });
  });
  afterAll(() => database.dispose());

  it('reports queue depth, submissions by status and latency percentiles', async () => {
    const text = prometheusText(await gradingMetrics(database.prisma, service('queue')));
    for (const line of [
      'slope_grading_queue_jobs{mode="queue",state="waiting"} 3',
      'slope_grading_queue_jobs{mode="queue",state="running"} 2',
      'slope_submissions{status="GRADED"} 10',
      'slope_submissions{status="QUEUED"} 1',
      'slope_grading_latency_seconds{quantile="0.5"} 10',
      'slope_grading_latency_seconds{quantile="0.95"} 20',
      'slope_grading_latency_seconds_count 10',
      'slope_grading_run_seconds{quantile="0.99"} 1',
    ])
      expect(text).toContain(line);
  });

  it('is ready when the database and the queue answer, and says which does not', async () => {
    expect(await readiness(database.prisma, service('queue'), false)).toEqual({
      ready: true,
      checks: { process: 'ok', database: 'ok', queue: 'ok' },
    });
    expect(await readiness(database.prisma, service('queue', false), false)).toEqual({
      ready: false,
      checks: {
        process: 'ok',
        database: 'ok',
        queue: 'unavailable: connect ECONNREFUSED 127.0.0.1:6379',
      },
    });
    expect((await readiness(database.prisma, service('embedded'), true)).checks).toEqual({
      process: 'shutting down',
      database: 'ok',
      queue: 'ok (embedded)',
    });
  });
});
