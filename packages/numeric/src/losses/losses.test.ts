import { describe, expect, it } from 'vitest';
import { hessian } from '../autodiff/functional.ts';
import { relu } from '../ops/relu.ts';
import { sigmoid } from '../ops/sigmoid.ts';
import { softmax } from '../ops/softmax.ts';
import { softplus } from '../ops/softplus.ts';
import { tanh } from '../ops/tanh.ts';
import { Rng } from '../random/rng.ts';
import { NumericInputError, ShapeError } from '../tensor/errors.ts';
import { type Tensor, tensor } from '../tensor/tensor.ts';
import { checkOpGradients, sample } from '../testing/fd-check.ts';
import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  crossEntropy,
  hinge,
} from './classification.ts';
import {
  elasticNetPenalty,
  elasticNetPenaltyGrad,
  l1Penalty,
  l1PenaltyGrad,
  l2Penalty,
  l2PenaltyGrad,
} from './penalties.ts';
import { huber, mae, mse } from './regression.ts';

const r = new Rng(7);

describe('loss values', () => {
  it.each([
    { name: 'mse', value: () => mse([1, 2], [1, 4]), want: 2 },
    { name: 'mae', value: () => mae([1, 2], [1, 4]), want: 1 },
    { name: 'huber', value: () => huber([0, 3, 0.5], [0, 0, 0], 1), want: (0 + 2.5 + 0.125) / 3 },
    {
      name: 'bce',
      value: () => binaryCrossEntropy([0.5, 0.9], [1, 0]),
      want: (Math.LN2 - Math.log(0.1)) / 2,
    },
    { name: 'bce clamps p = 0', value: () => binaryCrossEntropy([0], [1]), want: -Math.log(1e-12) },
    {
      name: 'bce logits',
      value: () => binaryCrossEntropyWithLogits([0, 2], [1, 0]),
      want: (Math.LN2 + Math.log1p(Math.exp(2))) / 2,
    },
    {
      name: 'bce logits extreme',
      value: () => binaryCrossEntropyWithLogits([800], [0]),
      want: 800,
    },
    {
      name: 'cross-entropy indices',
      value: () =>
        crossEntropy(
          [
            [0, 0],
            [0, Math.log(3)],
          ],
          [1, 1],
        ),
      want: (Math.LN2 + Math.log(4 / 3)) / 2,
    },
    {
      name: 'cross-entropy probabilities',
      value: () => crossEntropy([0, 0], [0.5, 0.5]),
      want: Math.LN2,
    },
    { name: 'cross-entropy huge logits', value: () => crossEntropy([[1000, 0]], [1]), want: 1000 },
    { name: 'hinge', value: () => hinge([2, 0.5, -1], [1, 1, 1]), want: (0 + 0.5 + 2) / 3 },
    { name: 'l1', value: () => l1Penalty([1, -2], 0.5), want: 1.5 },
    { name: 'l2', value: () => l2Penalty([1, -2], 0.5), want: 1.25 },
    { name: 'elastic net', value: () => elasticNetPenalty([1, -2], { l1: 1, l2: 1 }), want: 5.5 },
  ])('$name', ({ value, want }) => {
    expect(value().item()).toBeCloseTo(want, 10);
  });

  it('activations', () => {
    expect(Array.from(sigmoid([0, 800, -800]).data)).toEqual([0.5, 1, 0]);
    expect(softplus([800]).item()).toBe(800);
    expect(Array.from(relu([-1, 2]).data)).toEqual([0, 2]);
    expect(tanh([0]).item()).toBe(0);
    expect(softmax([[1, 1, 1]]).toArray()).toEqual([[1 / 3, 1 / 3, 1 / 3]]);
  });

  it('subgradients of the penalties', () => {
    expect(l1PenaltyGrad([1, 0, -2], 0.5).toArray()).toEqual([0.5, 0, -0.5]);
    expect(l2PenaltyGrad([1, -2], 0.5).toArray()).toEqual([0.5, -1]);
    expect(elasticNetPenaltyGrad([1, -2], { l1: 1, l2: 1 }).toArray()).toEqual([2, -3]);
  });
});

describe('loss gradients match finite differences', () => {
  const n = 5;
  const y = sample([n], r, 0.1, 1);
  const labels01 = tensor(Array.from({ length: n }, (_, i) => i % 2));
  const pm1 = tensor(Array.from({ length: n }, (_, i) => (i % 2 ? 1 : -1)));
  const losses: { name: string; f: (p: Tensor) => Tensor; x: () => Tensor }[] = [
    { name: 'mse', f: (p) => mse(p, y), x: () => sample([n], r) },
    { name: 'mae', f: (p) => mae(p, y), x: () => sample([n], r, 3, 4) },
    { name: 'huber', f: (p) => huber(p, y, 1), x: () => sample([n], r) },
    {
      name: 'bce',
      f: (p) => binaryCrossEntropy(p, labels01),
      x: () => sample([n], r, 0.1, 0.9, true),
    },
    {
      name: 'bce logits',
      f: (z) => binaryCrossEntropyWithLogits(z, labels01),
      x: () => sample([n], r),
    },
    { name: 'cross-entropy', f: (z) => crossEntropy(z, [0, 2, 1, 1]), x: () => sample([4, 3], r) },
    { name: 'hinge', f: (s) => hinge(s, pm1), x: () => sample([n], r, 1.2, 2) },
    { name: 'l1', f: (w) => l1Penalty(w, 0.3), x: () => sample([n], r) },
    { name: 'l2', f: (w) => l2Penalty(w, 0.3), x: () => sample([n], r) },
    {
      name: 'elastic net',
      f: (w) => elasticNetPenalty(w, { l1: 0.2, l2: 0.7 }),
      x: () => sample([n], r),
    },
  ];
  it.each(losses)('$name', ({ f, x }) => {
    for (const d of checkOpGradients(f, [x()])) expect(d.kind, d.message).toBe('correct');
  });

  it('the Huber Hessian is 1/n inside δ and 0 outside', () => {
    const H = hessian((p) => huber(p, [0, 0], 1))([0.5, 3]);
    expect(H.toArray()).toEqual([
      [0.5, 0],
      [0, 0],
    ]);
  });
});

describe('bad input', () => {
  it.each([
    {
      name: 'mse [n,1] vs [n]',
      f: () => mse([[1], [2]], [1, 2]),
      error: ShapeError,
      text: 'mse: prediction shape [2, 1] and target shape [2] differ',
    },
    {
      name: 'bce target',
      f: () => binaryCrossEntropy([0.5], [2]),
      error: NumericInputError,
      text: 'targets must be in [0, 1]',
    },
    {
      name: 'bce probability',
      f: () => binaryCrossEntropy([1.5], [1]),
      error: NumericInputError,
      text: 'in [0, 1]',
    },
    {
      name: 'cross-entropy label',
      f: () => crossEntropy([[0, 0]], [2]),
      error: NumericInputError,
      text: 'label 2 at index 0',
    },
    {
      name: 'cross-entropy count',
      f: () => crossEntropy([[0, 0]], [0, 1]),
      error: ShapeError,
      text: 'got 2 labels for 1 rows',
    },
    {
      name: 'hinge labels',
      f: () => hinge([1], [0]),
      error: NumericInputError,
      text: 'labels must be −1 or +1',
    },
    {
      name: 'NaN target',
      f: () => mse([1], [Number.NaN]),
      error: NumericInputError,
      text: 'targets must be finite',
    },
    {
      name: 'empty',
      f: () => mse(tensor([]), tensor([])),
      error: NumericInputError,
      text: 'empty',
    },
    { name: 'negative λ', f: () => l2Penalty([1], -1), error: NumericInputError, text: 'strength' },
  ])('$name', ({ f, error, text }) => {
    expect(f).toThrow(error);
    expect(f).toThrow(text);
  });
});
