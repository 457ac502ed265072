import type { GradeResult } from '../grade-result.ts';
import type { GradingQueue, QueueEvent, Submission, SubmissionState } from './types.ts';

/** The in-process queue also answers synchronously, and hands out results as promises. */
export interface InProcessQueue extends GradingQueue {
  /** the result of a submission, once done (rejects if the id is unknown) */
  result(id: string): Promise<GradeResult>;
  state(id: string): SubmissionState | undefined;
}

export interface InProcessQueueOptions {
  /** jobs graded at once (match the pool size) */
  concurrency: number;
  /** most jobs waiting overall before submit answers `queue-full` */
  maxQueued: number;
  /** most jobs one user may have waiting (default 3) */
  maxQueuedPerUser?: number;
  /** most finished submissions remembered for idempotency and `result` (default 10 000) */
  rememberDone?: number;
  /** grades one submission */
  grade: (submission: Submission) => Promise<GradeResult>;
}

interface Entry {
  submission: Submission;
  state: SubmissionState;
  result: Promise<GradeResult>;
  resolve: (r: GradeResult) => void;
  /** set once done */
  value?: GradeResult;
}

/**
 * An in-process grading queue: bounded concurrency, back-pressure (bounded waiting room,
 * overall and per user), round-robin fairness between users (one user's burst does not delay
 * everyone else), idempotent submission ids, and queued → running → done events.
 *
 * @example
 * const queue = createInProcessQueue({ concurrency: 2, maxQueued: 100, grade: (s) => grade(exercises.get(s.exerciseId)!, s.code, { seed: s.seed, pool }) });
 * queue.events.subscribe((e) => console.log(e.type, e.id));
 * await queue.submit({ id: 'sub-1', userId: 'u1', exerciseId: 'mse-gradient', code });
 */
export function createInProcessQueue(options: InProcessQueueOptions): InProcessQueue {
  const perUserMax = options.maxQueuedPerUser ?? 3;
  const rememberDone = options.rememberDone ?? 10_000;
  const entries = new Map<string, Entry>();
  const doneOrder: string[] = [];
  /** per-user FIFO queues; `turns` is the round-robin order of users with waiting jobs */
  const waiting = new Map<string, Entry[]>();
  const turns: string[] = [];
  const listeners = new Set<(e: QueueEvent) => void>();
  let queued = 0;
  let running = 0;
  let closed = false;
  const idle: (() => void)[] = [];

  const emit = (e: QueueEvent) => {
    for (const l of listeners) {
      try {
        l(e);
      } catch {
        // a listener's failure must not stall grading
      }
    }
  };

  const internalError = (err: unknown): GradeResult => ({
    gradable: false,
    score: 0,
    tests: [],
    formatErrors: [
      {
        file: '',
        line: 0,
        column: 0,
        message: `The grader failed: ${String(err)}. Please try again.`,
      },
    ],
    timeMs: 0,
  });

  const pump = () => {
    while (!closed && running < options.concurrency && turns.length > 0) {
      const user = turns.shift()!;
      const list = waiting.get(user)!;
      const entry = list.shift()!;
      if (list.length > 0) turns.push(user);
      else waiting.delete(user);
      queued--;
      running++;
      entry.state = 'running';
      emit({ type: 'running', id: entry.submission.id });
      options
        .grade(entry.submission)
        .catch(internalError)
        .then((result) => {
          running--;
          entry.state = 'done';
          entry.value = result;
          entry.resolve(result);
          doneOrder.push(entry.submission.id);
          if (doneOrder.length > rememberDone) entries.delete(doneOrder.shift()!);
          emit({ type: 'done', id: entry.submission.id, result });
          if (running === 0) for (const f of idle.splice(0)) f();
          pump();
        });
    }
  };

  return {
    async submit(submission) {
      const existing = entries.get(submission.id);
      if (existing)
        return { id: submission.id, accepted: true, state: existing.state, duplicate: true };
      if (closed) return { id: submission.id, accepted: false, reason: 'closed' };
      if (queued >= options.maxQueued)
        return { id: submission.id, accepted: false, reason: 'queue-full' };
      const list = waiting.get(submission.userId) ?? [];
      if (list.length >= perUserMax)
        return { id: submission.id, accepted: false, reason: 'user-queue-full' };
      let resolve!: (r: GradeResult) => void;
      const result = new Promise<GradeResult>((r) => {
        resolve = r;
      });
      const entry: Entry = {
        submission,
        state: 'queued',
        result,
        resolve,
      };
      entries.set(submission.id, entry);
      if (list.length === 0) {
        waiting.set(submission.userId, list);
        turns.push(submission.userId);
      }
      list.push(entry);
      queued++;
      emit({ type: 'queued', id: submission.id, position: queued });
      pump();
      return { id: submission.id, accepted: true, state: entry.state, duplicate: false };
    },
    result(id) {
      const e = entries.get(id);
      return e ? e.result : Promise.reject(new Error(`unknown submission ${id}`));
    },
    state: (id) => entries.get(id)?.state,
    async status(id) {
      const e = entries.get(id);
      if (!e) return undefined;
      if (e.value) return { state: 'done', result: e.value };
      return { state: e.state === 'running' ? 'running' : 'queued' };
    },
    events: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    stats: async () => ({ waiting: queued, running, done: doneOrder.length, failed: 0 }),
    async close() {
      closed = true;
      for (const list of waiting.values()) {
        for (const e of list) {
          e.state = 'done';
          e.value = internalError('the grading queue was closed');
          e.resolve(e.value);
        }
      }
      waiting.clear();
      turns.length = 0;
      queued = 0;
      if (running > 0) await new Promise<void>((r) => idle.push(r));
    },
  };
}
