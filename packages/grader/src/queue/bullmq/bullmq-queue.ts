import { Queue, QueueEvents } from 'bullmq';
import { type GradeResult, gradeResultSchema } from '../../grade-result.ts';
import type { GradingQueue, JobStatus, QueueEvent, SubmissionState } from '../types.ts';
import {
  DEFAULT_MAX_TRIES,
  failureMessage,
  type GradeJobData,
  JOB_NAME,
  QUEUE_NAME,
  type TryPolicy,
} from './job.ts';
import { connectRedis, withTimeout } from './redis.ts';

export interface BullmqQueueOptions extends TryPolicy {
  /** `redis://host:port[/db]` */
  redisUrl: string;
  /** key prefix; web processes and grader workers of one deployment share it (default `slope`) */
  prefix?: string;
  /** most jobs waiting before submit answers `queue-full` (default 10 000) */
  maxQueued?: number;
  /** how long finished jobs stay in Redis, for `status` and late readers (default 1 hour) */
  keepFinishedSeconds?: number;
  /** how long one Redis call may take before it counts as failed (default 5 s) */
  timeoutMs?: number;
  /** told about connection errors (they are retried, never thrown at callers of `events`) */
  onError?: (error: Error) => void;
}

export interface BullmqGradingQueue extends GradingQueue {
  /** resolves when Redis answers */
  check(): Promise<void>;
}

/**
 * The scale-out grading queue: jobs in BullMQ on Redis, graded by `startGradingWorker`
 * processes anywhere. Job id = submission id, so submitting twice queues once. Events come
 * from BullMQ's event stream, so every web process hears about every job, whoever queued it.
 *
 * @example
 * const queue = createBullmqQueue({ redisUrl: 'redis://127.0.0.1:6379' });
 * queue.events.subscribe((e) => console.log(e.type, e.id));
 * await queue.submit({ id: 'sub-1', userId: 'u1', exerciseId: 'mse-gradient', code });
 */
export function createBullmqQueue(options: BullmqQueueOptions): BullmqGradingQueue {
  const prefix = options.prefix ?? 'slope';
  const maxQueued = options.maxQueued ?? 10_000;
  const maxTries = options.maxTries ?? DEFAULT_MAX_TRIES;
  const keep = { age: options.keepFinishedSeconds ?? 3600, count: 50_000 };
  const onError = options.onError ?? (() => {});

  const commands = connectRedis(options.redisUrl, `${prefix}-web-commands`);
  const queue = new Queue<GradeJobData, GradeResult>(QUEUE_NAME, {
    connection: commands,
    prefix,
    defaultJobOptions: {
      attempts: maxTries,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: keep,
      removeOnFail: keep,
    },
  });
  queue.on('error', onError);
  const eventsConnection = connectRedis(options.redisUrl, `${prefix}-web-events`);
  const timeoutMs = options.timeoutMs ?? 5000;
  const call = <T>(what: string, promise: Promise<T>) => withTimeout(promise, timeoutMs, what);
  /**
   * BullMQ's event reader starts at the stream's end (`$`) when its first blocking read
   * reaches Redis, which can be after this process has already queued a job (seen under
   * load: its `queued` event was never heard). It starts instead from the stream's last entry
   * as read now, and `submit` waits for that, so every event of a job queued here is heard.
   */
  const started = (async () => {
    const top = await call(
      'xrevrange',
      commands.xrevrange(queue.keys.events!, '+', '-', 'COUNT', 1),
    )
      .then((entries) => entries[0]?.[0] ?? '0-0')
      // Redis unreachable now: fall back to BullMQ's default (events from when it connects).
      .catch(() => undefined);
    const events = new QueueEvents(QUEUE_NAME, {
      connection: eventsConnection,
      prefix,
      ...(top ? { lastEventId: top } : {}),
    });
    events.on('error', onError);
    listen(events);
    return events;
  })();

  const listeners = new Set<(e: QueueEvent) => void>();
  const emit = (event: QueueEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        onError(error as Error);
      }
    }
  };
  function listen(queueEvents: QueueEvents) {
    queueEvents.on('waiting', ({ jobId }) => emit({ type: 'queued', id: jobId }));
    queueEvents.on('active', ({ jobId }) => emit({ type: 'running', id: jobId }));
    queueEvents.on('completed', ({ jobId, returnvalue }) => {
      const result = parseResult(returnvalue);
      if (result) emit({ type: 'done', id: jobId, result });
      else
        emit({ type: 'failed', id: jobId, message: failureMessage('malformed result', maxTries) });
    });
    queueEvents.on('failed', ({ jobId, failedReason }) =>
      emit({ type: 'failed', id: jobId, message: failureMessage(failedReason, maxTries) }),
    );
  }

  let closed = false;

  return {
    async submit(submission) {
      if (closed) return { id: submission.id, accepted: false, reason: 'closed' };
      await started;
      const existing = await statusOf(submission.id);
      if (existing) {
        return {
          id: submission.id,
          accepted: true,
          state: existing.state,
          duplicate: true,
        };
      }
      if ((await call('getWaitingCount', queue.getWaitingCount())) >= maxQueued)
        return { id: submission.id, accepted: false, reason: 'queue-full' };
      const data: GradeJobData = submission;
      await call('add', queue.add(JOB_NAME, data, { jobId: submission.id }));
      return { id: submission.id, accepted: true, state: 'queued', duplicate: false };
    },
    status: statusOf,
    events: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    async stats() {
      const counts = await call(
        'getJobCounts',
        queue.getJobCounts('wait', 'prioritized', 'delayed', 'active', 'completed', 'failed'),
      );
      const n = (key: string) => counts[key] ?? 0;
      return {
        waiting: n('wait') + n('prioritized') + n('delayed'),
        running: n('active'),
        done: n('completed'),
        failed: n('failed'),
      };
    },
    async check() {
      await call('ping', commands.ping());
    },
    async close() {
      if (closed) return;
      closed = true;
      // BullMQ's close waits for Redis; with Redis down it would wait forever.
      await withTimeout(
        Promise.allSettled([started.then((events) => events.close()), queue.close()]),
        timeoutMs,
        'close',
      ).catch(() => {});
      commands.disconnect();
      eventsConnection.disconnect();
    },
  };

  /**
   * The state first, then (for a finished job) the job: a job read before its state could
   * finish in between, and its return value would still be empty.
   */
  async function statusOf(id: string): Promise<JobStatus | undefined> {
    const state = await call('getJobState', queue.getJobState(id));
    if (state === 'unknown') return undefined;
    if (state !== 'completed' && state !== 'failed') return { state: toState(state) };
    const job = await call('getJob', queue.getJob(id));
    if (!job) return undefined; // removed since (retention): the caller may queue it again
    if (state === 'failed')
      return { state: 'failed', message: failureMessage(job.failedReason, maxTries) };
    const result = parseResult(job.returnvalue);
    return result
      ? { state: 'done', result }
      : { state: 'failed', message: failureMessage('malformed result', maxTries) };
  }
}

function toState(state: string): Extract<SubmissionState, 'queued' | 'running'> {
  return state === 'active' ? 'running' : 'queued';
}

/** A job's return value as a GradeResult, or null when it is not one. */
function parseResult(value: unknown): GradeResult | null {
  const parsed = gradeResultSchema.safeParse(typeof value === 'string' ? safeJson(value) : value);
  return parsed.success ? parsed.data : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
