import { formatShape, ShapeError } from './errors.ts';

/** Number of elements of a shape (1 for a scalar `[]`). */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Row-major (C order) strides of a contiguous shape. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i]!;
  }
  return strides;
}

/** True when both shapes have the same rank and sizes. */
export function shapesEqual(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * NumPy broadcasting: align trailing axes; sizes must match or be 1.
 *
 * @example
 * broadcastShapes('add', [2, 3], [3]) // [2, 3]
 */
export function broadcastShapes(op: string, a: readonly number[], b: readonly number[]): number[] {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new ShapeError(op, `cannot broadcast shapes ${formatShape(a)} and ${formatShape(b)}`, [
        a,
        b,
      ]);
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/**
 * For every flat index of `to`, the flat index of `from` that broadcasting reads.
 * `from` must broadcast to `to` (checked by the caller).
 */
export function broadcastIndexMap(from: readonly number[], to: readonly number[]): Int32Array {
  const n = sizeOf(to);
  const map = new Int32Array(n);
  const rank = to.length;
  const offset = rank - from.length;
  // Stride of `from` per axis of `to`, zero where `from` is broadcast (size 1 or missing).
  const fromStrides = stridesOf(from);
  const step = new Array<number>(rank).fill(0);
  for (let i = 0; i < from.length; i++) {
    if (from[i] !== 1) step[i + offset] = fromStrides[i]!;
  }
  const counter = new Array<number>(rank).fill(0);
  let src = 0;
  for (let k = 0; k < n; k++) {
    map[k] = src;
    for (let ax = rank - 1; ax >= 0; ax--) {
      counter[ax]!++;
      src += step[ax]!;
      if (counter[ax]! < to[ax]!) break;
      src -= step[ax]! * to[ax]!;
      counter[ax] = 0;
    }
  }
  return map;
}

/**
 * True when `small` (ignoring leading 1s) equals the trailing axes of `big` — a bias row added to
 * every row of a batch. Then broadcasting is simply `i % sizeOf(small)`, no index map needed.
 */
export function isTrailingBlock(small: readonly number[], big: readonly number[]): boolean {
  let start = 0;
  while (start < small.length && small[start] === 1) start++;
  const n = small.length - start;
  if (n > big.length) return false;
  for (let i = 0; i < n; i++) if (small[start + i] !== big[big.length - n + i]) return false;
  return true;
}

/** Resolve `axis` (number, list or undefined = all; negatives count from the end). */
export function normalizeAxes(
  op: string,
  axis: number | readonly number[] | undefined,
  shape: readonly number[],
): number[] {
  const rank = shape.length;
  if (axis === undefined) return Array.from({ length: rank }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : [...axis];
  const out: number[] = [];
  for (const a of list) {
    const ax = a < 0 ? a + rank : a;
    if (!Number.isInteger(ax) || ax < 0 || ax >= rank) {
      throw new ShapeError(op, `axis ${a} is out of range for shape ${formatShape(shape)}`, [
        shape,
      ]);
    }
    if (!out.includes(ax)) out.push(ax);
  }
  return out.sort((x, y) => x - y);
}

/** Flat index → multi-index for a row-major shape. */
export function unravelIndex(flat: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length);
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i]!;
    idx[i] = flat % d;
    flat = Math.floor(flat / d);
  }
  return idx;
}
