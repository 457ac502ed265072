import { abs, sign } from '../ops/abs.ts';
import { add } from '../ops/add.ts';
import { mul } from '../ops/mul.ts';
import { square } from '../ops/pow.ts';
import { sum } from '../ops/sum.ts';
import { NumericInputError } from '../tensor/errors.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';

function checkLambda(op: string, lambda: number): void {
  if (!Number.isFinite(lambda) || lambda < 0) {
    throw new NumericInputError(op, `strength must be a finite number >= 0, got ${lambda}`);
  }
}

/**
 * L1 penalty λ·Σ|w| (lasso).
 *
 * @example
 * l1Penalty([1, -2], 0.5).item() // 1.5
 */
export function l1Penalty(w: TensorLike, lambda: number): Tensor {
  checkLambda('l1Penalty', lambda);
  return mul(sum(abs(w)), lambda);
}

/**
 * Subgradient of the L1 penalty: λ·sign(w), taking 0 at w = 0.
 *
 * @example
 * l1PenaltyGrad([1, 0, -2], 0.5).toArray() // [0.5, 0, -0.5]
 */
export function l1PenaltyGrad(w: TensorLike, lambda: number): Tensor {
  checkLambda('l1PenaltyGrad', lambda);
  return mul(sign(w), lambda);
}

/**
 * L2 penalty (λ/2)·Σw² (ridge, weight decay) — the ½ makes the gradient exactly λ·w.
 *
 * @example
 * l2Penalty([1, -2], 0.5).item() // 1.25
 */
export function l2Penalty(w: TensorLike, lambda: number): Tensor {
  checkLambda('l2Penalty', lambda);
  return mul(sum(square(w)), lambda / 2);
}

/**
 * Gradient of the L2 penalty: λ·w.
 *
 * @example
 * l2PenaltyGrad([1, -2], 0.5).toArray() // [0.5, -1]
 */
export function l2PenaltyGrad(w: TensorLike, lambda: number): Tensor {
  checkLambda('l2PenaltyGrad', lambda);
  return mul(asTensor(w), lambda);
}

/**
 * Elastic net: l1·Σ|w| + (l2/2)·Σw².
 *
 * @example
 * elasticNetPenalty([1, -2], { l1: 1, l2: 1 }).item() // 3 + 2.5 = 5.5
 */
export function elasticNetPenalty(w: TensorLike, strengths: { l1: number; l2: number }): Tensor {
  return add(l1Penalty(w, strengths.l1), l2Penalty(w, strengths.l2));
}

/**
 * Subgradient of the elastic net: l1·sign(w) + l2·w.
 *
 * @example
 * elasticNetPenaltyGrad([1, -2], { l1: 1, l2: 1 }).toArray() // [2, -3]
 */
export function elasticNetPenaltyGrad(
  w: TensorLike,
  strengths: { l1: number; l2: number },
): Tensor {
  return add(l1PenaltyGrad(w, strengths.l1), l2PenaltyGrad(w, strengths.l2));
}
