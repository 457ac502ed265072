import { NumericInputError } from '../tensor/errors.ts';
import { Tensor } from '../tensor/tensor.ts';

/**
 * Clamp every gradient component to [−limit, limit].
 *
 * @example
 * clipByValue([tensor([-5, 0.5, 5])], 1)[0].toArray() // [-1, 0.5, 1]
 */
export function clipByValue(grads: readonly Tensor[], limit: number): Tensor[] {
  if (!(limit > 0) || !Number.isFinite(limit)) {
    throw new NumericInputError(
      'clipByValue',
      `limit must be a positive finite number, got ${limit}`,
    );
  }
  return grads.map(
    (g) =>
      new Tensor(
        g.data.map((v) => Math.min(limit, Math.max(-limit, v))),
        g.shape,
      ),
  );
}

/**
 * The Euclidean norm of all gradients together, √Σ‖gᵢ‖².
 *
 * @example
 * globalNorm([tensor([3]), tensor([4])]) // 5
 */
export function globalNorm(grads: readonly Tensor[]): number {
  let s = 0;
  for (const g of grads) for (const v of g.data) s += v * v;
  return Math.sqrt(s);
}

/**
 * Rescale all gradients together so their global norm is at most `maxNorm` (direction kept).
 *
 * @example
 * clipByGlobalNorm([tensor([3]), tensor([4])], 1) // { grads: [[0.6], [0.8]], norm: 5, clipped: true }
 */
export function clipByGlobalNorm(
  grads: readonly Tensor[],
  maxNorm: number,
): { grads: Tensor[]; norm: number; clipped: boolean } {
  if (!(maxNorm > 0) || !Number.isFinite(maxNorm)) {
    throw new NumericInputError(
      'clipByGlobalNorm',
      `maxNorm must be a positive finite number, got ${maxNorm}`,
    );
  }
  const norm = globalNorm(grads);
  if (!Number.isFinite(norm)) {
    throw new NumericInputError(
      'clipByGlobalNorm',
      `gradient norm is ${norm}; cannot rescale NaN/Infinity`,
    );
  }
  if (norm <= maxNorm) return { grads: [...grads], norm, clipped: false };
  const k = maxNorm / norm;
  return {
    grads: grads.map(
      (g) =>
        new Tensor(
          g.data.map((v) => v * k),
          g.shape,
        ),
    ),
    norm,
    clipped: true,
  };
}
