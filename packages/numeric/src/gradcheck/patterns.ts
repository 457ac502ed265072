// Recognisers for the usual ways a hand-derived gradient goes wrong.
import { unravelIndex } from '../tensor/shape.ts';
import type { Comparator } from './compare.ts';
import type { NonFiniteEntry } from './types.ts';

/** Every NaN/±Infinity entry with its multi-index. */
export function nonFiniteEntries(data: Float64Array, shape: readonly number[]): NonFiniteEntry[] {
  const out: NonFiniteEntry[] = [];
  data.forEach((v, i) => {
    if (Number.isFinite(v)) return;
    const value = Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
    out.push({ index: unravelIndex(i, shape), value });
  });
  return out;
}

/** k = ±p/q with p, q ≤ 4: a factor a person would plausibly have introduced. */
export function isSimpleFactor(k: number): boolean {
  for (let q = 1; q <= 4; q++) {
    const p = Math.round(k * q);
    if (p !== 0 && Math.abs(p) <= 4 && Math.abs(k - p / q) <= 1e-6 * Math.abs(k)) return true;
  }
  return false;
}

/** If `got` is `expected` with entries moved around, where each wrong entry belongs. */
export function findPermutation(
  got: Float64Array,
  expected: Float64Array,
  wrong: number[],
  cmp: Comparator,
): number[] | null {
  const sortedG = Float64Array.from(got).sort();
  const sortedE = Float64Array.from(expected).sort();
  if (wrong.length < 2 || !cmp.allClose(sortedG, sortedE)) return null;
  const used = new Set<number>();
  const target: number[] = [];
  for (const i of wrong) {
    const j = wrong.find((k) => !used.has(k) && cmp.close(got[i]!, expected[k]!));
    if (j === undefined) return null;
    used.add(j);
    target.push(j);
  }
  return target;
}

/**
 * An off-by-one index: along the last axis, got[…, j] ≈ expected[…, j + s] for s = +1 or −1
 * wherever j + s is in range (the boundary entry is free). Returns s, or null.
 */
export function findShift(
  got: Float64Array,
  expected: Float64Array,
  shape: readonly number[],
  cmp: Comparator,
): 1 | -1 | null {
  const n = shape[shape.length - 1] ?? 0;
  if (n < 3) return null;
  for (const s of [1, -1] as const) {
    let explains = false; // the shift must fix some entry that is wrong unshifted
    let fits = true;
    for (let row = 0; row < got.length && fits; row += n) {
      for (let j = Math.max(0, -s); j < Math.min(n, n - s); j++) {
        const g = got[row + j]!;
        if (!cmp.close(g, expected[row + j + s]!)) {
          fits = false;
          break;
        }
        if (!cmp.close(g, expected[row + j]!)) explains = true;
      }
    }
    if (fits && explains) return s;
  }
  return null;
}
