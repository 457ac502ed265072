import type { GradeResult } from '../grade-result.ts';

/** A submission to grade. `id` is the idempotency key: submitting it again is a no-op. */
export interface Submission {
  id: string;
  userId: string;
  exerciseId: string;
  code: string;
  /** default: seedFor(userId, exerciseId) */
  seed?: number;
}

export type QueueEvent =
  | { type: 'queued'; id: string; userId: string; position: number }
  | { type: 'running'; id: string; userId: string }
  | { type: 'done'; id: string; userId: string; result: GradeResult };

export type SubmissionState = 'queued' | 'running' | 'done';

export type SubmitReceipt =
  | { id: string; accepted: true; state: SubmissionState; duplicate: boolean }
  /** back-pressure: too much is waiting (overall or for this user); try again later */
  | { id: string; accepted: false; reason: 'queue-full' | 'user-queue-full' | 'closed' };

/**
 * The grading queue the web app talks to. The in-process implementation runs jobs on a
 * GraderPool in this process; a BullMQ implementation can implement the same interface with
 * jobs keyed by `id` (BullMQ's jobId gives the same idempotency) and events from QueueEvents.
 */
export interface GradingQueue {
  submit(submission: Submission): Promise<SubmitReceipt>;
  /** the result of a submission, once done (rejects if the id is unknown) */
  result(id: string): Promise<GradeResult>;
  state(id: string): SubmissionState | undefined;
  events: { subscribe(listener: (event: QueueEvent) => void): () => void };
  stats(): { queued: number; running: number; done: number };
  /** stops accepting; waits for running jobs; queued jobs are dropped */
  close(): Promise<void>;
}
