import { unravelIndex } from '../tensor/shape.ts';
import type { Tolerance } from './types.ts';

/**
 * Slope's one rule for "close enough", used by grading on the server, by Run in the browser
 * and by the gradient diagnosis: `got` agrees with `expected` when
 * |got − expected| ≤ rtol·max(|got|, |expected|) + atol·scale, where scale is the largest
 * finite |value| of the whole expected output (at least 1), so an entry near 0 in a large
 * gradient is judged on the gradient's scale. A non-finite expected value (NaN, ±∞) is matched
 * only by itself.
 *
 * @example new Comparator(Float64Array.of(100, 0), { rtol: 1e-6, atol: 1e-9 }).close(5e-8, 0) // true: 5e-8 ≤ 1e-9·100
 */
export class Comparator {
  readonly rtol: number;
  readonly absFloor: number;
  constructor(expected: ArrayLike<number>, tolerance: Tolerance = {}) {
    this.rtol = tolerance.rtol ?? 1e-5;
    let scale = 1;
    for (let i = 0; i < expected.length; i++) {
      const v = Math.abs(expected[i]!);
      if (v > scale && v !== Number.POSITIVE_INFINITY) scale = v;
    }
    this.absFloor = (tolerance.atol ?? 1e-7) * scale;
  }

  close(got: number, expected: number): boolean {
    if (!Number.isFinite(expected) || !Number.isFinite(got)) return Object.is(got, expected);
    return (
      Math.abs(got - expected) <=
      this.rtol * Math.max(Math.abs(got), Math.abs(expected)) + this.absFloor
    );
  }

  /** Flat indices where `got[i]` and `target[i]` disagree. */
  mismatches(got: ArrayLike<number>, target: ArrayLike<number>): number[] {
    const out: number[] = [];
    for (let i = 0; i < got.length; i++) if (!this.close(got[i]!, target[i]!)) out.push(i);
    return out;
  }

  allClose(got: ArrayLike<number>, target: ArrayLike<number>): boolean {
    for (let i = 0; i < got.length; i++) if (!this.close(got[i]!, target[i]!)) return false;
    return true;
  }
}

/** |g − e| / max(|g|, |e|), 0 when both are 0. */
export function relativeError(got: number, expected: number): number {
  const d = Math.abs(got - expected);
  return d === 0 ? 0 : d / Math.max(Math.abs(got), Math.abs(expected));
}

/** Per-component relative errors plus the worst one. */
export function errorSummary(
  got: Float64Array,
  expected: Float64Array,
  shape: readonly number[],
): { relativeErrors: number[]; maxRelativeError: number; worstIndex: number[] } {
  const relativeErrors = Array.from(got, (g, i) => relativeError(g, expected[i]!));
  let worst = 0;
  relativeErrors.forEach((r, i) => {
    if (r > relativeErrors[worst]!) worst = i;
  });
  return {
    relativeErrors,
    maxRelativeError: relativeErrors[worst] ?? 0,
    worstIndex: relativeErrors.length ? unravelIndex(worst, shape) : [],
  };
}

/** Matrix transpose of flat row-major data with shape [rows, cols]. */
export function transposeFlat(data: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(data.length);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) out[j * rows + i] = data[i * cols + j]!;
  return out;
}
