import type { GradeResult } from '../grade-result.ts';

/** A submission to grade. `id` is the idempotency key: submitting it again is a no-op. */
export interface Submission {
  id: string;
  userId: string;
  exerciseId: string;
  code: string;
  /**
   * seeds the hidden cases: `seedFor(userId, exerciseId, attempt, secret)`, new for every
   * attempt (stored with the submission, so a regrade reproduces it)
   */
  seed: number;
  /**
   * the seed of the learner's next attempt, when known: its hidden cases are prepared while
   * the learner reads this result, so the next submission does not wait for them
   */
  nextSeed?: number;
}

/**
 * What happened to a submission in the queue. `failed` means the queue gave up on it (the
 * grading process crashed or errored on every try); a learner's wrong code is a `done` result.
 */
export type QueueEvent =
  | { type: 'queued'; id: string; position?: number }
  | { type: 'running'; id: string }
  | { type: 'done'; id: string; result: GradeResult }
  | { type: 'failed'; id: string; message: string };

export type SubmissionState = 'queued' | 'running' | 'done' | 'failed';

/** Where the queue has a submission. */
export type JobStatus =
  | { state: 'queued' | 'running' }
  | { state: 'done'; result: GradeResult }
  | { state: 'failed'; message: string };

export type SubmitReceipt =
  | { id: string; accepted: true; state: SubmissionState; duplicate: boolean }
  /** back-pressure: too much is waiting (overall or for this user); try again later */
  | { id: string; accepted: false; reason: 'queue-full' | 'user-queue-full' | 'closed' };

export interface QueueStats {
  /** jobs waiting for a grader (delayed retries included) */
  waiting: number;
  /** jobs being graded now */
  running: number;
  /** finished jobs the queue still remembers */
  done: number;
  /** jobs the queue gave up on, still remembered */
  failed: number;
}

/**
 * The grading queue the web app talks to: the in-process queue (embedded mode) or BullMQ on
 * Redis (scale-out mode, `@slope/grader/bullmq`). Both key jobs by the submission id, so a
 * submission is queued at most once however often it is submitted.
 */
export interface GradingQueue {
  submit(submission: Submission): Promise<SubmitReceipt>;
  /** where the queue has this submission; undefined when it has none (never queued, forgotten, or lost with its Redis) */
  status(id: string): Promise<JobStatus | undefined>;
  events: { subscribe(listener: (event: QueueEvent) => void): () => void };
  stats(): Promise<QueueStats>;
  /** stops accepting; waits for jobs this process is running; queued jobs are dropped (in-process) or stay queued (BullMQ) */
  close(): Promise<void>;
}
