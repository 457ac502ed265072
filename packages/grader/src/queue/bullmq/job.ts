import type { Submission } from '../types.ts';

/** The BullMQ queue both sides use (keys are `<prefix>:grading:…`). */
export const QUEUE_NAME = 'grading';
export const JOB_NAME = 'grade';

/** A job's data: the submission with its seed fixed, so every try grades the same cases. */
export type GradeJobData = Submission;

export interface TryPolicy {
  /**
   * How often a submission may be tried before it ends as failed: errors thrown while
   * grading and grading processes that died mid-job (stalled jobs) both count (default 3).
   */
  maxTries?: number;
}

export const DEFAULT_MAX_TRIES = 3;

const STALLED = 'job stalled more than allowable limit';

/** The learner-facing message for a job BullMQ gave up on. */
export function failureMessage(reason: string, maxTries: number): string {
  if (reason.includes(STALLED)) {
    return `Grading this submission stopped the grading process ${maxTries} times, so it was set aside. Submit it again; if it happens again, tell your instructor.`;
  }
  return `The grader could not grade this submission (${reason}). Submit it again; if it keeps failing, tell your instructor.`;
}
