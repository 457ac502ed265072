import { errorMagnitude } from '@slope/numeric';
import type { GradientDiagnosis } from '../grade-result.ts';

/**
 * What a learner may see of a hidden test case. This is the one home of the rule (the grader
 * README's "What feedback shows of a hidden case" explains it); every message and diagnostic
 * the checks in check.ts write about a hidden case goes through these functions.
 *
 * - The mistake is always named: ×2, sign, transposed, which components, NaN, shape.
 * - No expected value is ever shown, in any form (previews, per-entry values, the reference's
 *   output).
 * - An error's size is shown only as its order of magnitude ("about 1%", "about 1e-5"), and
 *   never per component: only which components are wrong.
 * - Quantities derived from the reference's output (a loss per step) are rounded to
 *   3 significant digits: enough to compare curves, not to rebuild the output.
 * - The learner's own values and console output are theirs to see; console output is capped
 *   per case inside the sandbox (harness-source.ts).
 * Hidden inputs change with every attempt (seedFor), so what one submission shows cannot be
 * replayed in the next.
 */

/** Digits kept of quantities derived from the reference's output (losses). */
export const DERIVED_DIGITS = 3;

/** An error's order of magnitude, as a number and in words (`@slope/numeric`, so the UI says it alike). */
export { describeErrorMagnitude, errorMagnitude } from '@slope/numeric';

/** A quantity derived from the reference's output, rounded for display. */
export const derived = (v: number): number =>
  Number.isFinite(v) ? Number(v.toPrecision(DERIVED_DIGITS)) : v;

/**
 * A gradient diagnosis of a hidden case as the learner may see it: per-component errors
 * dropped, the largest error as its order of magnitude, the scale factor to 3 digits, long
 * lists cut. (Its message is written without values: compareGradients' `hideValues`.)
 */
export function hiddenDiagnosis(d: GradientDiagnosis): GradientDiagnosis {
  const shown: GradientDiagnosis = {
    ...d,
    relativeErrors: null,
    maxRelativeError: d.maxRelativeError === null ? null : errorMagnitude(d.maxRelativeError),
  };
  if (shown.scale !== undefined) {
    shown.scale = derived(shown.scale);
    // Simple factors keep their label (×2, ×½, ×(−1)); others as many digits as the scale.
    if (shown.scaleLabel?.includes('.')) {
      const k = shown.scale;
      shown.scaleLabel = k < 0 ? `×(−${-k})` : `×${k}`;
    }
  }
  if (shown.wrongComponents && shown.wrongComponents.length > 64) {
    shown.wrongComponents = shown.wrongComponents.slice(0, 64);
  }
  if (shown.moved && shown.moved.length > 64) shown.moved = shown.moved.slice(0, 64);
  if (shown.nonFinite && shown.nonFinite.length > 64)
    shown.nonFinite = shown.nonFinite.slice(0, 64);
  return shown;
}
