import { add } from '../ops/add.ts';
import { clamp } from '../ops/clamp.ts';
import { log } from '../ops/log.ts';
import { mean } from '../ops/mean.ts';
import { mul } from '../ops/mul.ts';
import { neg } from '../ops/neg.ts';
import { relu } from '../ops/relu.ts';
import { logSoftmax } from '../ops/softmax.ts';
import { softplus } from '../ops/softplus.ts';
import { sub } from '../ops/sub.ts';
import { sum } from '../ops/sum.ts';
import { formatShape, NumericInputError, ShapeError } from '../tensor/errors.ts';
import { asTensor, Tensor, type TensorLike } from '../tensor/tensor.ts';
import { checkSameShape, checkTargets } from './check.ts';

/**
 * Binary cross-entropy on probabilities: −mean(y log p + (1 − y) log(1 − p)), p clamped to
 * [ε, 1 − ε] (ε = 1e-12) so a confident mistake costs ~27.6, not Infinity. Prefer the logits
 * version in models: it is exact and stable.
 *
 * @example
 * binaryCrossEntropy([0.5], [1]).item() // 0.6931…
 */
export function binaryCrossEntropy(
  probability: TensorLike,
  target: TensorLike,
  eps = 1e-12,
): Tensor {
  const p = asTensor(probability);
  const y = asTensor(target);
  checkSameShape('binaryCrossEntropy', p, y);
  checkTargets('binaryCrossEntropy', y, 0, 1, 'in [0, 1]');
  checkTargets('binaryCrossEntropy (probabilities)', p, 0, 1, 'in [0, 1]');
  const pc = clamp(p, eps, 1 - eps);
  return neg(mean(add(mul(y, log(pc)), mul(sub(1, y), log(sub(1, pc))))));
}

/**
 * Binary cross-entropy on logits z: mean(softplus(z) − y·z), equal to BCE(σ(z), y) but
 * stable for any z.
 *
 * @example
 * binaryCrossEntropyWithLogits([0], [1]).item() // 0.6931…
 */
export function binaryCrossEntropyWithLogits(logits: TensorLike, target: TensorLike): Tensor {
  const z = asTensor(logits);
  const y = asTensor(target);
  checkSameShape('binaryCrossEntropyWithLogits', z, y);
  checkTargets('binaryCrossEntropyWithLogits', y, 0, 1, 'in [0, 1]');
  return mean(sub(softplus(z), mul(y, z)));
}

/** Class indices → one-hot rows, validating each index. */
function oneHot(op: string, labels: readonly number[], n: number, classes: number): Tensor {
  if (labels.length !== n) {
    throw new ShapeError(op, `got ${labels.length} labels for ${n} rows of logits`, [
      [labels.length],
      [n, classes],
    ]);
  }
  const data = new Float64Array(n * classes);
  labels.forEach((c, i) => {
    if (!Number.isInteger(c) || c < 0 || c >= classes) {
      throw new NumericInputError(
        op,
        `label ${c} at index ${i} is not a class index in 0…${classes - 1}`,
      );
    }
    data[i * classes + c] = 1;
  });
  return new Tensor(data, [n, classes]);
}

/**
 * Categorical cross-entropy from logits [n, c] (or [c]) via a stable log-softmax. Targets are
 * class indices (`number[]`, or a number for one row) or probability rows of the same shape.
 *
 * @example
 * crossEntropy([[0, 0]], [1]).item() // log 2 = 0.6931…
 */
export function crossEntropy(logits: TensorLike, target: TensorLike | readonly number[]): Tensor {
  const z = asTensor(logits);
  if (z.rank !== 1 && z.rank !== 2) {
    throw new ShapeError(
      'crossEntropy',
      `logits must be [classes] or [n, classes], got ${formatShape(z.shape)}`,
      [z.shape],
    );
  }
  const rows = z.rank === 2 ? z.shape[0]! : 1;
  const classes = z.shape[z.rank - 1]!;
  let y: Tensor;
  if (typeof target === 'number') y = oneHot('crossEntropy', [target], rows, classes);
  else if (
    Array.isArray(target) &&
    target.every((v) => typeof v === 'number') &&
    (z.rank === 2 || target.length !== classes)
  ) {
    y = oneHot('crossEntropy', target as number[], rows, classes);
  } else {
    y = asTensor(target as TensorLike);
    checkTargets('crossEntropy', y, 0, 1, 'probabilities in [0, 1]');
  }
  if (y.size !== z.size) {
    throw new ShapeError(
      'crossEntropy',
      `targets of shape ${formatShape(y.shape)} do not fit logits ${formatShape(z.shape)}`,
      [y.shape, z.shape],
    );
  }
  const y2 = new Tensor(y.data, z.shape);
  checkSameShape('crossEntropy', z, y2);
  return neg(mean(sum(mul(y2, logSoftmax(z, -1)), -1)));
}

/**
 * Hinge loss mean(max(0, 1 − y·s)) for labels y ∈ {−1, +1} and scores s.
 *
 * @example
 * hinge([2, 0.5], [1, 1]).item() // (0 + 0.5) / 2 = 0.25
 */
export function hinge(scores: TensorLike, labels: TensorLike): Tensor {
  const s = asTensor(scores);
  const y = asTensor(labels);
  checkSameShape('hinge', s, y);
  const bad = y.data.findIndex((v) => v !== 1 && v !== -1);
  if (bad >= 0)
    throw new NumericInputError(
      'hinge',
      `labels must be −1 or +1, got ${y.data[bad]} at flat index ${bad}`,
    );
  return mean(relu(sub(1, mul(y, s))));
}
