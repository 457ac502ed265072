/** A hint the learner may read now (its HTML is rendered by the server from `hints.md`). */
export interface OpenHint {
  /** 0-based */
  index: number;
  title: string;
  html: string;
  /** the learner asked for it before it opened by itself */
  asked: boolean;
}

/** The learning aids of one exercise, as one learner may see them (GET /api/exercises/:id/aids). */
export interface LearningAidsView {
  hints: {
    total: number;
    open: OpenHint[];
    /** the first hint still closed, or null when all are open */
    next: {
      index: number;
      /** it opens by itself after this many failed attempts; null: only on request */
      opensAfterFailed: number | null;
      /** failed attempts so far */
      failed: number;
      /** score fraction asking for it takes off later submissions */
      penalty: number;
    } | null;
  };
  /** null when the exercise has no worked solution */
  solution:
    | { open: true; reason: 'passed' | 'attempts-spent' | 'after-due'; html: string }
    | {
        open: false;
        /** ISO: the class opens it at this due date; null: it does not */
        dueOpens: string | null;
        /** it opens once this many attempts are spent; null: unlimited attempts */
        attemptsOpen: number | null;
      }
    | null;
  /** the class opened the solution after the due date: submissions are closed */
  submissionsClosed: boolean;
}
