import { formatShape, NumericInputError, ShapeError } from './errors.ts';
import { sizeOf } from './shape.ts';
import { Tensor } from './tensor.ts';

function checkShape(op: string, shape: readonly number[]): void {
  if (!shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new ShapeError(op, `shape ${formatShape(shape)} must contain non-negative integers`, [
      shape,
    ]);
  }
}

/**
 * A tensor filled with `value`.
 *
 * @example
 * full([2], 7).toArray() // [7, 7]
 */
export function full(
  shape: readonly number[],
  value: number,
  options: { requiresGrad?: boolean } = {},
): Tensor {
  checkShape('full', shape);
  return new Tensor(new Float64Array(sizeOf(shape)).fill(value), [...shape], options);
}

/**
 * A tensor of zeros.
 *
 * @example
 * zeros([2, 2]).toArray() // [[0, 0], [0, 0]]
 */
export function zeros(shape: readonly number[], options: { requiresGrad?: boolean } = {}): Tensor {
  return full(shape, 0, options);
}

/**
 * A tensor of ones.
 *
 * @example
 * ones([3]).toArray() // [1, 1, 1]
 */
export function ones(shape: readonly number[], options: { requiresGrad?: boolean } = {}): Tensor {
  return full(shape, 1, options);
}

/**
 * The n×n identity matrix.
 *
 * @example
 * eye(2).toArray() // [[1, 0], [0, 1]]
 */
export function eye(n: number): Tensor {
  checkShape('eye', [n]);
  const t = zeros([n, n]);
  for (let i = 0; i < n; i++) t.data[i * n + i] = 1;
  return t;
}

/**
 * `start, start + step, …` up to but excluding `stop`.
 *
 * @example
 * arange(0, 1, 0.25).toArray() // [0, 0.25, 0.5, 0.75]
 */
export function arange(start: number, stop: number, step = 1): Tensor {
  if (!Number.isFinite(step) || step === 0 || !Number.isFinite(start) || !Number.isFinite(stop)) {
    throw new NumericInputError(
      'arange',
      `start, stop and step must be finite and step non-zero, got ${start}, ${stop}, ${step}`,
    );
  }
  const n = Math.max(0, Math.ceil((stop - start) / step));
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = start + i * step;
  return new Tensor(data, [n]);
}

/**
 * `n` evenly spaced points from `start` to `stop` inclusive.
 *
 * @example
 * linspace(0, 1, 3).toArray() // [0, 0.5, 1]
 */
export function linspace(start: number, stop: number, n: number): Tensor {
  if (!Number.isInteger(n) || n < 0 || !Number.isFinite(start) || !Number.isFinite(stop)) {
    throw new NumericInputError(
      'linspace',
      `needs finite ends and a whole count, got ${start}, ${stop}, ${n}`,
    );
  }
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = n === 1 ? start : start + ((stop - start) * i) / (n - 1);
  return new Tensor(data, [n]);
}
