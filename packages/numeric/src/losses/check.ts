import { formatShape, NumericInputError, ShapeError } from '../tensor/errors.ts';
import { shapesEqual } from '../tensor/shape.ts';
import type { Tensor } from '../tensor/tensor.ts';

/**
 * Losses insist on equal shapes instead of broadcasting: [n, 1] against [n] would silently
 * broadcast to [n, n], a classic bug.
 */
export function checkSameShape(op: string, prediction: Tensor, target: Tensor): void {
  if (!shapesEqual(prediction.shape, target.shape)) {
    throw new ShapeError(
      op,
      `prediction shape ${formatShape(prediction.shape)} and target shape ${formatShape(target.shape)} differ`,
      [prediction.shape, target.shape],
    );
  }
  if (prediction.size === 0) {
    throw new NumericInputError(
      op,
      `cannot average a loss over an empty tensor of shape ${formatShape(prediction.shape)}`,
      [prediction.shape],
    );
  }
}

/** Targets are data, so they must be finite (and inside [lo, hi] when given). */
export function checkTargets(
  op: string,
  target: Tensor,
  lo = -Infinity,
  hi = Infinity,
  what = 'finite',
): void {
  const bad = target.data.findIndex((v) => !Number.isFinite(v) || v < lo || v > hi);
  if (bad >= 0) {
    throw new NumericInputError(
      op,
      `targets must be ${what}, got ${target.data[bad]} at flat index ${bad} of shape ${formatShape(target.shape)}`,
      [target.shape],
    );
  }
}
