import type { GradeResult } from '@slope/grader/grade-result';

/** One of the learner's own submissions, as `GET /api/exercises/:id/submissions` returns it. */
export interface SubmissionHistoryEntry {
  id: string;
  /** the submission's number for this learner and exercise: 1 for the first */
  number: number;
  /** which of the learner's attempts it spent (1-based), or null: it could not be graded, so it spent none */
  attempt: number | null;
  /** when it was submitted (ISO 8601) */
  submittedAt: string;
  status: 'QUEUED' | 'RUNNING' | 'GRADED' | 'FAILED';
  /** the score after the attempt penalty (0..1), or null until graded */
  score: number | null;
  /** what the attempt penalty took off the score (0..1) */
  penalty: number;
  /** the main mistake in a few words, as far as the learner's feedback shows it ("passed", "gradient scaled by ×2") */
  diagnosis: string | null;
  code: string;
  /** the feedback as the learner may see it now (their feedback policy applied) */
  result: GradeResult | null;
  /** why grading failed on the platform's side (status FAILED) */
  errorMessage: string | null;
}

/** A page of a learner's submissions to one exercise, newest first. */
export interface SubmissionHistoryPage {
  /** how many submissions the learner made to the exercise in all */
  total: number;
  submissions: SubmissionHistoryEntry[];
  /** pass as `before` to get the next (older) page; null when this is the last */
  nextBefore: number | null;
}
