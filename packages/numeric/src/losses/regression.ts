import { abs } from '../ops/abs.ts';
import { add } from '../ops/add.ts';
import { mapUnary } from '../ops/kernels.ts';
import { mean } from '../ops/mean.ts';
import { mul } from '../ops/mul.ts';
import { square } from '../ops/pow.ts';
import { sub } from '../ops/sub.ts';
import { NumericInputError } from '../tensor/errors.ts';
import { asTensor, Tensor, type TensorLike } from '../tensor/tensor.ts';
import { checkSameShape, checkTargets } from './check.ts';

/**
 * Mean squared error `mean((ŷ − y)²)`. Shapes must match exactly.
 *
 * @example
 * mse([1, 2], [1, 4]).item() // 2
 */
export function mse(prediction: TensorLike, target: TensorLike): Tensor {
  const p = asTensor(prediction);
  const y = asTensor(target);
  checkSameShape('mse', p, y);
  checkTargets('mse', y);
  return mean(square(sub(p, y)));
}

/**
 * Mean absolute error `mean(|ŷ − y|)` (subgradient 0 where ŷ = y).
 *
 * @example
 * mae([1, 2], [1, 4]).item() // 1
 */
export function mae(prediction: TensorLike, target: TensorLike): Tensor {
  const p = asTensor(prediction);
  const y = asTensor(target);
  checkSameShape('mae', p, y);
  checkTargets('mae', y);
  return mean(abs(sub(p, y)));
}

/**
 * Huber loss: ½r² for |r| ≤ δ and δ(|r| − ½δ) beyond, with r = ŷ − y, averaged.
 * Quadratic near 0, linear in the tails — MSE that does not panic over outliers.
 *
 * @example
 * huber([0, 3], [0, 0], 1).item() // (0 + 2.5) / 2 = 1.25
 */
export function huber(prediction: TensorLike, target: TensorLike, delta = 1): Tensor {
  const p = asTensor(prediction);
  const y = asTensor(target);
  checkSameShape('huber', p, y);
  checkTargets('huber', y);
  if (!(delta > 0) || !Number.isFinite(delta)) {
    throw new NumericInputError('huber', `delta must be a positive finite number, got ${delta}`);
  }
  const r = sub(p, y);
  // The mask only selects the branch; each branch is differentiable, so Hessians stay right.
  const m = mapUnary(r, (v) => (Math.abs(v) <= delta ? 1 : 0));
  const inside = new Tensor(m.data, m.shape);
  const outside = new Tensor(
    m.data.map((v) => 1 - v),
    m.shape,
  );
  const quadratic = mul(square(r), 0.5);
  const linear = mul(sub(abs(r), 0.5 * delta), delta);
  return mean(add(mul(inside, quadratic), mul(outside, linear)));
}
