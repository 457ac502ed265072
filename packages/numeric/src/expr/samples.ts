import { Rng } from '../random/rng.ts';
import { scalar, type Value } from './evaluate.ts';
import { dimensionsOf, type SymbolDecl } from './symbols.ts';

/** A point to evaluate at: a value for every symbol and every dimension name. */
export type Point = Map<string, Value>;

/** Sizes the dimensions take; each point gives different dimensions different sizes. */
const SIZES = [3, 5, 2, 4, 6];

/**
 * Draws points from a seed: scalars and entries uniform in their range, symmetric matrices
 * symmetric, one-hot targets and distributions as declared (each row of a matrix one), and
 * dimensions of different names different sizes (so a transposed or mis-summed answer cannot
 * agree by accident), changing from point to point. Sizes are at least 2: a one-hot target
 * always has a 0 beside its 1.
 */
export function drawPoints(symbols: readonly SymbolDecl[], seed: number, count: number): Point[] {
  const rng = new Rng(seed);
  const dims = dimensionsOf(symbols);
  const points: Point[] = [];
  for (let p = 0; p < count; p++) {
    const size = new Map(dims.map((d, i) => [d, SIZES[(i + p) % SIZES.length]!] as const));
    const point: Point = new Map();
    for (const [d, n] of size) point.set(d, scalar(n));
    for (const s of symbols) {
      const r = s.shape.r === 1 ? 1 : size.get(s.shape.r)!;
      const c = s.shape.c === 1 ? 1 : size.get(s.shape.c)!;
      const data = new Float64Array(r * c);
      if (s.values === 'uniform') {
        const [lo, hi] = s.domain;
        for (let i = 0; i < data.length; i++) data[i] = rng.uniform(lo, hi);
        if (s.symmetric)
          for (let i = 0; i < r; i++)
            for (let j = 0; j < i; j++) data[j * c + i] = data[i * c + j]!;
      } else {
        // A vector is one target; a matrix holds one per row.
        const length = r === 1 || c === 1 ? r * c : c;
        for (let at = 0; at < data.length; at += length)
          target(rng, s.values, data.subarray(at, at + length));
      }
      point.set(s.name, { r, c, data });
    }
    points.push(point);
  }
  return points;
}

/**
 * A one-hot target (a 1 at a random place, 0 elsewhere) or a distribution (positive entries,
 * none tiny, adding up to 1), written into `out`.
 */
function target(rng: Rng, values: 'one-hot' | 'distribution', out: Float64Array): void {
  if (values === 'one-hot') {
    out[rng.int(out.length)] = 1;
    return;
  }
  let total = 0;
  for (let i = 0; i < out.length; i++) total += out[i] = rng.uniform(0.1, 1);
  for (let i = 0; i < out.length; i++) out[i]! /= total;
}

/** A stable 31-bit seed from text (FNV-1a): the same question samples the same points. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 1;
}
