import type { Manifest } from '../exercise/manifest.ts';
import type { GradeResult } from '../grade-result.ts';

/**
 * The result as the learner may see it under the manifest's feedback policy: `full`, or
 * `summary` (each test's name, status and points, no messages or diagnostics), or
 * `after-due` (summary until the due date, full afterwards).
 *
 * @example
 * visibleResult(result, exercise.manifest, new Date())
 */
export function visibleResult(
  result: GradeResult,
  manifest: Manifest,
  now: Date = new Date(),
): GradeResult {
  const fb = manifest.feedback;
  const full =
    fb.visibility === 'full' || (fb.visibility === 'after-due' && now >= new Date(fb.due));
  if (full || !result.gradable) return result;
  const { output: _output, outputTruncated: _t, ...rest } = result;
  return {
    ...rest,
    tests: result.tests.map(({ diagnostics: _d, ...t }) => ({
      ...t,
      message: t.passed
        ? 'Passed.'
        : fb.visibility === 'after-due'
          ? `Not passed (${t.status}). Details appear after the due date.`
          : `Not passed (${t.status}).`,
    })),
  };
}

/**
 * Applies the attempts policy: whether attempt number `attempt` (1-based) may be graded, and
 * its score after the penalty (penaltyPerAttempt × earlier attempts, never below 0).
 *
 * @example
 * attemptScore(0.8, 3, { max: 5, penaltyPerAttempt: 0.1 }) // { allowed: true, score: 0.6 }
 */
export function attemptScore(
  score: number,
  attempt: number,
  policy: Manifest['attempts'],
): { allowed: boolean; score: number } {
  if (policy.max !== null && attempt > policy.max) return { allowed: false, score: 0 };
  const factor = Math.max(0, 1 - policy.penaltyPerAttempt * (attempt - 1));
  return { allowed: true, score: Math.round(score * factor * 1e9) / 1e9 };
}
