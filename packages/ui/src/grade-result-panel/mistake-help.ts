import type { GradientDiagnosisKind } from '@slope/grader/grade-result';

/** A course's short explanation of one kind of gradient mistake, and where a lesson teaches it. */
export interface MistakeHelp {
  /** plain text, one or two sentences; the same for every exercise of the course */
  explanation: string;
  /** the lesson section, e.g. `/courses/calculus-for-ml/chain-rule-and-backprop#gradients-accumulate` */
  href: string;
  /** the link's text, naming the lesson and the section, e.g. `Lesson 6: “Gradients accumulate”` */
  linkText: string;
}

/**
 * The course's table of mistake kinds (as the grader's gradient diagnosis names them) to their
 * help. Kinds left out get no help.
 */
export type MistakeHelpTable = Partial<Record<GradientDiagnosisKind, MistakeHelp>>;
