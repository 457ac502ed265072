import { describe, expect, it } from 'vitest';
import { mse } from '../losses/regression.ts';
import { add } from '../ops/add.ts';
import { matmul } from '../ops/matmul.ts';
import { reshape } from '../ops/reshape.ts';
import { sgd } from '../optim/sgd.ts';
import { linearRegressionData } from '../random/datasets.ts';
import { linearWarmup } from '../schedules/schedule.ts';
import { zeros } from '../tensor/create.ts';
import { tensor } from '../tensor/tensor.ts';
import { train } from './train.ts';

describe('train', () => {
  it('fits a linear regression and records every step', () => {
    const data = linearRegressionData({ n: 64, weights: [2, -1], bias: 0.5, noise: 0.01, seed: 3 });
    const X = tensor(data.x);
    const y = tensor(data.y);
    const w = zeros([2], { requiresGrad: true });
    const b = zeros([1], { requiresGrad: true });
    const result = train({
      params: [w, b],
      loss: () => mse(add(reshape(matmul(X, w), [-1]), b), y),
      optimizer: sgd({ lr: linearWarmup(0.1, { steps: 5 }) }),
      steps: 300,
    });
    expect(result.status).toBe('completed');
    expect(result.history).toHaveLength(300);
    expect(result.history[0]).toMatchObject({
      step: 0,
      lr: 0.02,
      nonFinite: false,
      diverging: false,
    });
    expect(result.finalLoss).toBeLessThan(1e-3);
    expect(w.data[0]).toBeCloseTo(2, 1);
    expect(w.data[1]).toBeCloseTo(-1, 1);
    expect(b.data[0]).toBeCloseTo(0.5, 1);
  });

  it('flags divergence after the loss grows `patience` steps in a row', () => {
    const w = tensor([1], { requiresGrad: true });
    const result = train({
      params: [w],
      loss: () => mse(w, [0]),
      optimizer: sgd({ lr: 1.5 }),
      steps: 100,
      divergence: { patience: 3 },
    });
    expect(result.status).toBe('diverged');
    expect(result.history.map((s) => s.diverging)).toEqual([false, false, false, true]);
  });

  it('stops on NaN/Infinity before corrupting the parameters', () => {
    const w = tensor([1], { requiresGrad: true });
    const result = train({
      params: [w],
      loss: () => mse(w, [0]),
      optimizer: sgd({ lr: 1e3 }),
      steps: 1000,
      divergence: { stop: false },
    });
    expect(result.status).toBe('non-finite');
    const last = result.history.at(-1)!;
    expect(last.nonFinite).toBe(true);
    expect(last.loss).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isFinite(w.data[0]!)).toBe(true); // the bad step was not applied
  });

  it('clips gradients by global norm', () => {
    const w = tensor([10], { requiresGrad: true });
    const result = train({
      params: [w],
      loss: () => mse(w, [0]),
      optimizer: sgd({ lr: 1 }),
      steps: 1,
      clip: { globalNorm: 1 },
    });
    expect(result.history[0]!.gradNorm).toBe(20);
    expect(w.data[0]).toBe(9);
  });
});
