import { NumericInputError } from '../tensor/errors.ts';
import {
  broadcastIndexMap,
  broadcastShapes,
  isTrailingBlock,
  shapesEqual,
  sizeOf,
  unravelIndex,
} from '../tensor/shape.ts';
import type { Tensor } from '../tensor/tensor.ts';

/** Output of a forward kernel: fresh data and its shape. */
export interface Forward {
  data: Float64Array;
  shape: readonly number[];
}

/**
 * Broadcasting elementwise kernel `out[i] = f(a[i'], b[i''])`, with fast paths for equal shapes
 * and scalars so the common cases are a single tight loop.
 */
export function zipWith(
  op: string,
  a: Tensor,
  b: Tensor,
  f: (x: number, y: number) => number,
): Forward {
  const ad = a.data;
  const bd = b.data;
  if (shapesEqual(a.shape, b.shape)) {
    const out = new Float64Array(ad.length);
    for (let i = 0; i < out.length; i++) out[i] = f(ad[i]!, bd[i]!);
    return { data: out, shape: a.shape };
  }
  const shape = broadcastShapes(op, a.shape, b.shape);
  const out = new Float64Array(sizeOf(shape));
  if (b.size === 1 && shape.length === a.shape.length) {
    const y = bd[0]!;
    for (let i = 0; i < out.length; i++) out[i] = f(ad[i]!, y);
  } else if (a.size === 1 && shape.length === b.shape.length) {
    const x = ad[0]!;
    for (let i = 0; i < out.length; i++) out[i] = f(x, bd[i]!);
  } else if (shapesEqual(shape, a.shape) && isTrailingBlock(b.shape, shape)) {
    // e.g. [batch, n] + [n]: walk b once per row
    const n = bd.length;
    for (let o = 0; o < out.length; o += n)
      for (let j = 0; j < n; j++) out[o + j] = f(ad[o + j]!, bd[j]!);
  } else if (shapesEqual(shape, b.shape) && isTrailingBlock(a.shape, shape)) {
    const n = ad.length;
    for (let o = 0; o < out.length; o += n)
      for (let j = 0; j < n; j++) out[o + j] = f(ad[j]!, bd[o + j]!);
  } else {
    const ia = broadcastIndexMap(a.shape, shape);
    const ib = broadcastIndexMap(b.shape, shape);
    for (let i = 0; i < out.length; i++) out[i] = f(ad[ia[i]!]!, bd[ib[i]!]!);
  }
  return { data: out, shape };
}

/** Elementwise kernel `out[i] = f(a[i])`. */
export function mapUnary(a: Tensor, f: (x: number) => number): Forward {
  const ad = a.data;
  const out = new Float64Array(ad.length);
  for (let i = 0; i < out.length; i++) out[i] = f(ad[i]!);
  return { data: out, shape: a.shape };
}

/**
 * Library code never turns good input into NaN silently: if `out` has a NaN where every input
 * was a number, throw a NumericInputError naming the op, the shape and the offending index.
 */
export function assertNoNewNaN(
  op: string,
  out: Forward,
  inputs: readonly Tensor[],
  why: string,
): void {
  const d = out.data;
  for (let i = 0; i < d.length; i++) {
    if (!Number.isNaN(d[i]!)) continue;
    if (inputs.some((t) => t.data.some(Number.isNaN))) return; // NaN came in: propagate it
    const where = unravelIndex(i, out.shape);
    throw new NumericInputError(
      op,
      `${why} at index [${where.join(', ')}] (inputs ${inputs.map((t) => `[${t.shape.join(', ')}]`).join(' and ')})`,
      inputs.map((t) => t.shape),
    );
  }
}
