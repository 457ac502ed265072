/** One problem an author must fix, at file:line:column (1-based; line/column when known). */
export interface Problem {
  /** absolute path */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** `mistakes`: a course's mistakes.json, the explanation of each kind of gradient mistake. */
export type ItemKind = 'course' | 'lesson' | 'exercise' | 'mistakes';

/**
 * `ok`: checked (and, for an exercise, proved); `unproved`: an exercise that loads but was not
 * proved in this run (`--no-prove`); `failed`: it has problems.
 */
export type ItemStatus = 'ok' | 'unproved' | 'failed';

/** One row of the report: a course file, a lesson, an exercise or a course's mistakes table. */
export interface CheckItem {
  kind: ItemKind;
  course: string;
  /** `04-partial-derivatives-and-the-gradient`, or `04-partial…/mse-gradient` for an exercise */
  name: string;
  /** the file that stands for the item (course.json, index.mdx, the exercise folder) */
  file: string;
  title?: string;
  draft?: boolean;
  status: ItemStatus;
  /** e.g. "proved (3 seeds, 5 mutants caught)" */
  detail?: string;
  /** a lesson's formula, number and matrix questions, each proved (see prove-answers.ts) */
  questions?: number;
  problems: Problem[];
  timeMs: number;
}

export interface CheckReport {
  contentDir: string;
  proved: boolean;
  finishedAt: string;
  timeMs: number;
  items: CheckItem[];
}
