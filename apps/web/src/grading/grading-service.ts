import type { PrismaClient } from '@slope/db';
import {
  createInProcessQueue,
  defaultPool,
  type GradingQueue,
  grade,
  withDeadline,
} from '@slope/grader';
import { createBullmqQueue, throttleErrors } from '@slope/grader/bullmq';
import { type Env, env } from '../env';
import { log } from '../log';
import { findExercise } from './exercise-registry';
import { handleQueueEvents } from './queue-event-handler';
import { reconcileUnfinished } from './reconcile';
import { SubmissionEvents } from './submission-events';

export interface GradingService {
  /** `embedded`: graded in this process; `queue`: BullMQ on Redis, graded by grader workers */
  mode: 'embedded' | 'queue';
  queue: GradingQueue;
  events: SubmissionEvents;
  /** runs one reconciliation now (see reconcile.ts) */
  reconcile(olderThan?: Date): ReturnType<typeof reconcileUnfinished>;
  /**
   * Stops taking work: embedded, it waits for the submissions being graded here and records
   * them (queued ones stay QUEUED and are re-queued by the next start); in queue mode jobs
   * stay in Redis for the workers.
   */
  close(): Promise<void>;
}

export interface GradingServiceOptions {
  /** BullMQ on Redis (scale-out mode), or null to grade in this process */
  queue: Env['queue'];
  /** how often unfinished submissions are checked against the queue (default 10 s) */
  reconcileEveryMs?: number;
  /** how old an unfinished submission must be before a periodic check touches it (default 15 s) */
  reconcileGraceMs?: number;
  /** grading starts without an outcome before a submission is failed (GRADER_MAX_TRIES) */
  maxTries?: number;
}

/** how long one embedded grade may take before it is ended as stuck */
const GRADE_DEADLINE_MS = 120_000;

const KEY = Symbol.for('slope.grading-service');
type Holder = { [KEY]?: GradingService };

/**
 * The grading service of this process, created on first use with the configuration from the
 * environment (see createGradingService).
 */
export function gradingService(prisma: PrismaClient): GradingService {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const { queue, graderMaxTries } = env();
    const service = createGradingService(prisma, { queue, maxTries: graderMaxTries });
    const close = service.close;
    service.close = async () => {
      delete holder[KEY];
      await close();
    };
    holder[KEY] = service;
  }
  return holder[KEY];
}

/**
 * A grading service: the queue (in-process, or BullMQ when `options.queue` is set), the
 * handler that records its events, and a reconciler that re-queues submissions left
 * unfinished by a restart (at once, then periodically).
 */
export function createGradingService(
  prisma: PrismaClient,
  options: GradingServiceOptions,
): GradingService {
  const logger = log().child({ component: 'grading' });
  const config = options.queue;
  const queue: GradingQueue = config
    ? createBullmqQueue({
        redisUrl: config.redisUrl,
        prefix: config.prefix,
        maxTries: config.maxTries,
        onError: throttleErrors((error, repeats) =>
          logger.warn({ err: error, repeats }, 'grading queue connection problem'),
        ),
      })
    : createInProcessQueue({
        concurrency: 2,
        maxQueued: 1000,
        // The submit rate limit (SUBMIT_LIMIT) already bounds one learner's load; match it here.
        maxQueuedPerUser: 10,
        grade(submission) {
          let stage = 'finding the exercise';
          const work = (async () => {
            const found = await findExercise(submission.exerciseId);
            if (!found) throw new Error(`exercise "${submission.exerciseId}" no longer exists`);
            stage = 'grading';
            return grade(found.exercise, submission.code, {
              seed: submission.seed,
              nextSeed: submission.nextSeed,
            });
          })();
          // Every limit inside grading is far shorter; a grade still unfinished after this is
          // stuck (its queue slot would be lost for good): end it as a failure, and say where.
          return withDeadline(work, GRADE_DEADLINE_MS, () => {
            logger.error(
              {
                submission: submission.id,
                exerciseId: submission.exerciseId,
                stage,
                pool: defaultPool().stats(),
              },
              'grading did not finish in time',
            );
            return new Error(`grading did not finish within ${GRADE_DEADLINE_MS / 1000} s`);
          });
        },
      });
  const events = new SubmissionEvents();
  const handler = handleQueueEvents(prisma, queue, events, logger);

  let running: Promise<unknown> = Promise.resolve();
  const reconcile = (olderThan = new Date()) => {
    const next = running.then(() =>
      reconcileUnfinished(prisma, queue, handler.apply, olderThan, options.maxTries),
    );
    running = next.catch(() => {});
    return next;
  };
  const report = (when: string) => (result: Awaited<ReturnType<typeof reconcileUnfinished>>) => {
    if (result.requeued || result.recorded || result.gaveUp)
      logger.info({ ...result, when }, 'reconciled unfinished submissions');
  };
  const warn = (error: unknown) =>
    logger.warn({ err: error }, 'could not reconcile unfinished submissions; trying again later');
  void reconcile().then(report('start'), warn);
  const graceMs = options.reconcileGraceMs ?? 15_000;
  let periodicBusy = false;
  const timer = setInterval(() => {
    if (periodicBusy) return; // a slow round (Redis timing out) is not stacked up
    periodicBusy = true;
    void reconcile(new Date(Date.now() - graceMs))
      .then(report('periodic'), warn)
      .finally(() => {
        periodicBusy = false;
      });
  }, options.reconcileEveryMs ?? 10_000);
  timer.unref();

  const service: GradingService = {
    mode: config ? 'queue' : 'embedded',
    queue,
    events,
    reconcile,
    async close() {
      clearInterval(timer);
      await queue.close();
      await handler.settled();
      handler.stop();
    },
  };
  logger.info({ mode: service.mode, prefix: config?.prefix }, 'grading service started');
  return service;
}
