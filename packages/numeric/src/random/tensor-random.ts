import { zeros } from '../tensor/create.ts';
import type { Tensor } from '../tensor/tensor.ts';
import type { Rng } from './rng.ts';

/**
 * A tensor of normal samples (mean 0, std `std`).
 *
 * @example
 * randn([2, 3], rng(0)).shape // [2, 3]
 */
export function randn(
  shape: readonly number[],
  random: Rng,
  std = 1,
  options: { requiresGrad?: boolean } = {},
): Tensor {
  const t = zeros(shape, options);
  for (let i = 0; i < t.size; i++) t.data[i] = random.normal(0, std);
  return t;
}

/**
 * A tensor of uniform samples in [lo, hi).
 *
 * @example
 * rand([3], rng(0), -1, 1).shape // [3]
 */
export function rand(
  shape: readonly number[],
  random: Rng,
  lo = 0,
  hi = 1,
  options: { requiresGrad?: boolean } = {},
): Tensor {
  const t = zeros(shape, options);
  for (let i = 0; i < t.size; i++) t.data[i] = random.uniform(lo, hi);
  return t;
}
