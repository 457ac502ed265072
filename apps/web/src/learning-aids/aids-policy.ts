import type { Manifest } from '@slope/grader';

/** Why a learner may read an exercise's worked solution. */
export type SolutionReason = 'passed' | 'attempts-spent' | 'after-due';

/** What decides when the learning aids of one exercise open, for one learner. */
export interface AidFacts {
  /** graded submissions that spent an attempt and did not pass */
  failed: number;
  /** attempts spent (attempts.ts) */
  spent: number;
  passed: boolean;
  /** the hint indexes the learner asked for before they opened by themselves */
  requested: ReadonlySet<number>;
  /** the class opens the worked solution after its due date */
  solutionAfterDue: boolean;
  /** the due date in force for the learner, or null */
  due: Date | null;
  now: Date;
}

/**
 * Whether hint `index` is open: it opened by itself after its number of failed attempts
 * (manifest `hints.openAfterFailed`), or the learner asked for it.
 *
 * @example hintOpen(0, { openAfterFailed: [2], requestPenalty: 0 }, { failed: 2, … }) // true
 */
export function hintOpen(
  index: number,
  policy: Manifest['hints'],
  facts: Pick<AidFacts, 'failed' | 'requested'>,
): boolean {
  const after = policy.openAfterFailed[index];
  return facts.requested.has(index) || (after !== undefined && facts.failed >= after);
}

/**
 * Whether the worked solution is open, and why — never before the learner passed, spent
 * every attempt, or (when their class allows it) the due date passed.
 */
export function solutionReason(
  manifest: Pick<Manifest, 'attempts'>,
  facts: Omit<AidFacts, 'failed' | 'requested'>,
): SolutionReason | null {
  if (facts.passed) return 'passed';
  if (manifest.attempts.max !== null && facts.spent >= manifest.attempts.max)
    return 'attempts-spent';
  if (solutionOpenAfterDue(facts)) return 'after-due';
  return null;
}

/**
 * The class opened the worked solution because its due date passed — which also closes the
 * exercise's submissions for its learners (a copied solution must not earn a grade).
 */
export function solutionOpenAfterDue(
  facts: Pick<AidFacts, 'solutionAfterDue' | 'due' | 'now'>,
): boolean {
  return facts.solutionAfterDue && facts.due !== null && facts.due.getTime() <= facts.now.getTime();
}

/**
 * The share of a score a learner keeps after asking for `asked` hints before they opened by
 * themselves: each takes `requestPenalty` off, multiplied with the attempt penalty.
 *
 * @example hintFactor(2, { openAfterFailed: [], requestPenalty: 0.1 }) // 0.8
 */
export function hintFactor(asked: number, policy: Manifest['hints']): number {
  return Math.max(0, 1 - asked * policy.requestPenalty);
}
