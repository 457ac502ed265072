import type { Expr } from './ast.ts';
import { evaluate, type Value } from './evaluate.ts';
import { drawPoints, type Point } from './samples.ts';
import type { SymbolDecl } from './symbols.ts';

/** How close two values must be: |a − b| ≤ rtol·max(|a|, |b|) + atol·max(1, |reference|). */
export interface Closeness {
  rtol: number;
  atol: number;
}
export const FORMULA_CLOSENESS: Closeness = { rtol: 1e-6, atol: 1e-9 };

/** The reference's values at the points where it is defined (finite everywhere). */
export interface Sampled {
  points: Point[];
  values: Value[];
}

/** Points to check at: at least 6 where the reference is finite, drawn from the seed. */
export function sampleReference(
  reference: Expr,
  symbols: readonly SymbolDecl[],
  seed: number,
  want = 6,
): Sampled {
  const points: Point[] = [];
  const values: Value[] = [];
  // Overflow or a pole at a point is skipped, never a verdict.
  for (const point of drawPoints(symbols, seed, want * 5)) {
    const v = evaluate(reference, point);
    if (!v.data.every(Number.isFinite)) continue;
    points.push(point);
    values.push(v);
    if (points.length === want) break;
  }
  return { points, values };
}

export type Agreement = 'equal' | 'differ' | 'undefined';

/**
 * Whether `candidate` takes the sampled values. Points where the candidate overflows or is
 * undefined are skipped (a different but equal way of writing can overflow earlier); with fewer
 * than 6 points left the candidate is `undefined` there (the caller may look at more points).
 */
export function agreement(
  candidate: Expr | ((point: Point) => Value),
  sampled: Sampled,
  closeness: Closeness = FORMULA_CLOSENESS,
): Agreement {
  const at = typeof candidate === 'function' ? candidate : (p: Point) => evaluate(candidate, p);
  let defined = 0;
  for (let i = 0; i < sampled.points.length; i++) {
    const got = at(sampled.points[i]!);
    const want = sampled.values[i]!;
    if (got.data.length !== want.data.length) return 'differ';
    if (!got.data.every(Number.isFinite)) continue;
    defined++;
    if (!close(got, want, closeness)) return 'differ';
  }
  return defined >= Math.min(6, sampled.points.length) ? 'equal' : 'undefined';
}

export function close(got: Value, want: Value, { rtol, atol }: Closeness): boolean {
  let scale = 1;
  for (const w of want.data) scale = Math.max(scale, Math.abs(w));
  for (let i = 0; i < want.data.length; i++) {
    const g = got.data[i]!;
    const w = want.data[i]!;
    if (Math.abs(g - w) > rtol * Math.max(Math.abs(g), Math.abs(w)) + atol * scale) return false;
  }
  return true;
}
