import type { GradeResult } from '@slope/grader';

export type SubmissionStatus = 'QUEUED' | 'RUNNING' | 'GRADED' | 'FAILED';

export interface SubmissionUpdate {
  id: string;
  status: SubmissionStatus;
  /** present once graded, already filtered by the feedback visibility */
  result?: GradeResult | null;
  score?: number | null;
  errorMessage?: string | null;
  /** attempts the learner has spent on the exercise once this one is graded (attempts.ts) */
  attemptsUsed?: number;
}

type Listener = (update: SubmissionUpdate) => void;

/**
 * Status changes of submissions, for the server-sent event streams of this process. Every
 * change reaches it: in the embedded mode grading runs in this process; in scale-out mode
 * each web process hears every job's events from BullMQ (queue-event-handler.ts).
 */
export class SubmissionEvents {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(id: string, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  /** whether a page in this process follows this submission now */
  isFollowed(id: string): boolean {
    return this.listeners.has(id);
  }

  publish(update: SubmissionUpdate): void {
    for (const listener of this.listeners.get(update.id) ?? []) listener(update);
  }
}
