import { UnrecoverableError, Worker } from 'bullmq';
import type { GradeResult } from '../../grade-result.ts';
import { DEFAULT_MAX_TRIES, type GradeJobData, QUEUE_NAME, type TryPolicy } from './job.ts';
import { connectRedis, withTimeout } from './redis.ts';

export interface GradingWorkerOptions extends TryPolicy {
  redisUrl: string;
  /** the prefix the web processes use (default `slope`) */
  prefix?: string;
  /** jobs graded at once by this process (match its sandbox pool size) */
  concurrency: number;
  /**
   * Grades one submission. Throw `new UnrecoverableError(message)` for a failure no retry
   * can fix (the exercise is gone); any other throw is retried, up to `maxTries`.
   */
  grade: (submission: GradeJobData) => Promise<GradeResult>;
  /**
   * How long a job stays claimed by this process without a heartbeat (default 30 s). The lock
   * is renewed while the job runs; when the process dies, another worker takes the job over
   * once it has expired.
   */
  lockDurationMs?: number;
  /** how often this worker looks for jobs whose worker died (default 30 s) */
  stalledIntervalMs?: number;
  /** name shown on the jobs this worker processed */
  name?: string;
  /** told about each finished or failed job, and about connection errors */
  onJob?: (event: WorkerJobEvent) => void;
  onError?: (error: Error) => void;
}

export type WorkerJobEvent =
  | { type: 'completed'; id: string; exerciseId: string; ms: number; score: number; try: number }
  | { type: 'failed'; id: string; exerciseId: string; ms: number; reason: string; try: number };

export interface GradingWorker {
  /** jobs running in this process now */
  running(): number;
  /** resolves when Redis answers */
  check(): Promise<void>;
  /**
   * Stops taking jobs and waits for the running ones to finish. After `graceMs` it stops
   * waiting: the unfinished jobs' locks lapse and another worker grades them.
   */
  close(graceMs?: number): Promise<{ finished: boolean }>;
}

/**
 * A BullMQ worker that grades submissions queued by `createBullmqQueue`. A job that throws is
 * retried with back-off; a job whose process dies is taken over by another worker after its
 * lock lapses; either way, after `maxTries` it ends as failed, with the reason.
 *
 * @example
 * const worker = startGradingWorker({ redisUrl, concurrency: 2,
 *   grade: async (s) => grade(await exercises.find(s.exerciseId), s.code, { seed: s.seed, pool }) });
 * process.on('SIGTERM', () => worker.close(30_000).then(() => process.exit(0)));
 */
export function startGradingWorker(options: GradingWorkerOptions): GradingWorker {
  const maxTries = options.maxTries ?? DEFAULT_MAX_TRIES;
  const onError = options.onError ?? (() => {});
  const connection = connectRedis(options.redisUrl, `${options.prefix ?? 'slope'}-worker`);
  let running = 0;
  const worker = new Worker<GradeJobData, GradeResult>(
    QUEUE_NAME,
    async (job) => {
      running++;
      const started = performance.now();
      const base = { id: job.data.id, exerciseId: job.data.exerciseId, try: job.attemptsStarted };
      try {
        const result = await options.grade(job.data);
        options.onJob?.({
          type: 'completed',
          ...base,
          ms: performance.now() - started,
          score: result.score,
        });
        return result;
      } catch (error) {
        options.onJob?.({
          type: 'failed',
          ...base,
          ms: performance.now() - started,
          reason: (error as Error).message,
        });
        throw error;
      } finally {
        running--;
      }
    },
    {
      connection,
      prefix: options.prefix ?? 'slope',
      concurrency: options.concurrency,
      name: options.name,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      // A job whose worker died is "stalled"; the (maxTries)th stall fails it.
      maxStalledCount: maxTries - 1,
    },
  );
  worker.on('error', onError);

  return {
    running: () => running,
    async check() {
      await connection.ping();
    },
    async close(graceMs = 30_000) {
      const closing = worker.close();
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        closing.then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), graceMs);
        }),
      ]);
      clearTimeout(timer);
      if (!finished) await withTimeout(worker.close(true), 5000, 'close').catch(() => {});
      connection.disconnect();
      return { finished };
    },
  };
}

export { UnrecoverableError };
