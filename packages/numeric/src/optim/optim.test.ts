import { describe, expect, it } from 'vitest';
import { exponentialDecay } from '../schedules/schedule.ts';
import { NumericInputError, ShapeError } from '../tensor/errors.ts';
import { tensor } from '../tensor/tensor.ts';
import { adagrad, adam, adamw, rmsprop } from './adaptive.ts';
import { clipByGlobalNorm, clipByValue, globalNorm } from './clip.ts';
import type { Optimizer } from './optimizer.ts';
import { momentum, nesterov, sgd } from './sgd.ts';

// Two steps from p = [1, −2] with the constant gradient g = [0.5, 1], worked out by hand.
const table: { name: string; opt: () => Optimizer; after1: number[]; after2: number[] }[] = [
  { name: 'sgd', opt: () => sgd({ lr: 0.1 }), after1: [0.95, -2.1], after2: [0.9, -2.2] },
  // g' = g + 0.1·p = [0.6, 0.8]
  {
    name: 'sgd + weight decay',
    opt: () => sgd({ lr: 0.1, weightDecay: 0.1 }),
    after1: [0.94, -2.08],
    after2: [0.8806, -2.1592],
  },
  // v₁ = g, v₂ = 0.9v₁ + g = [0.95, 1.9]
  {
    name: 'momentum',
    opt: () => momentum({ lr: 0.1, momentum: 0.9 }),
    after1: [0.95, -2.1],
    after2: [0.855, -2.29],
  },
  // p₁ = p − 0.1(g + 0.9v₁) ; p₂ = p₁ − 0.1(g + 0.9v₂)
  {
    name: 'nesterov',
    opt: () => nesterov({ lr: 0.1, momentum: 0.9 }),
    after1: [0.905, -2.19],
    after2: [0.7695, -2.461],
  },
  // s₁ = g², step 0.1·g/|g| ; s₂ = 2g², step 0.1/√2
  {
    name: 'adagrad',
    opt: () => adagrad({ lr: 0.1 }),
    after1: [0.9, -2.1],
    after2: [0.9 - 0.1 / Math.SQRT2, -2.1 - 0.1 / Math.SQRT2],
  },
  // s₁ = 0.1g², step 0.01/√0.1 ; s₂ = 0.19g², step 0.01/√0.19
  {
    name: 'rmsprop',
    opt: () => rmsprop({ lr: 0.01, rho: 0.9 }),
    after1: [1 - 0.01 / Math.sqrt(0.1), -2 - 0.01 / Math.sqrt(0.1)],
    after2: [
      1 - 0.01 / Math.sqrt(0.1) - 0.01 / Math.sqrt(0.19),
      -2 - 0.01 / Math.sqrt(0.1) - 0.01 / Math.sqrt(0.19),
    ],
  },
  // bias correction makes m̂ = g and v̂ = g² for a constant gradient: steps of lr·sign(g)
  { name: 'adam', opt: () => adam({ lr: 0.1 }), after1: [0.9, -2.1], after2: [0.8, -2.2] },
  // p ← 0.99p first, then the Adam step
  {
    name: 'adamw',
    opt: () => adamw({ lr: 0.1, weightDecay: 0.1 }),
    after1: [0.89, -2.08],
    after2: [0.7811, -2.1592],
  },
];

describe('optimizers reproduce hand-computed steps', () => {
  it.each(table)('$name', ({ opt, after1, after2 }) => {
    const p = tensor([1, -2]);
    const g = tensor([0.5, 1]);
    const o = opt();
    o.step([p], [g]);
    for (const [i, v] of after1.entries()) expect(p.data[i]).toBeCloseTo(v, 7);
    o.step([p], [g]);
    for (const [i, v] of after2.entries()) expect(p.data[i]).toBeCloseTo(v, 7);
    expect(o.iterations).toBe(2);
  });

  it('uses .grad by default, follows a schedule and skips params without gradients', () => {
    const p = tensor([1], { requiresGrad: true });
    const q = tensor([5]);
    p.grad = tensor([1]);
    const o = sgd({ lr: exponentialDecay(1, 0.5) });
    expect(o.learningRate()).toBe(1);
    o.step([p, q]);
    expect(o.learningRate()).toBe(0.5);
    o.step([p, q]);
    expect(p.data[0]).toBe(1 - 1 - 0.5);
    expect(q.data[0]).toBe(5);
  });

  it('refuses NaN gradients, mismatched shapes and bad rates', () => {
    const p = tensor([1, 2]);
    expect(() => sgd({ lr: 0.1 }).step([p], [tensor([Number.NaN, 1])])).toThrow(NumericInputError);
    expect(() => sgd({ lr: 0.1 }).step([p], [tensor([1])])).toThrow(ShapeError);
    expect(() => sgd({ lr: 0.1 }).step([p], [tensor([1])])).toThrow(
      'sgd.step: gradient shape [1] does not match parameter shape [2]',
    );
    expect(() => sgd({ lr: Number.NaN })).toThrow(NumericInputError);
    expect(() => adam({ lr: 0.1, beta1: -1 })).toThrow('beta1');
    expect(Array.from(p.data)).toEqual([1, 2]);
  });
});

describe('clipping', () => {
  it('clips by value and by global norm', () => {
    expect(clipByValue([tensor([-5, 0.5, 5])], 1)[0]!.toArray()).toEqual([-1, 0.5, 1]);
    expect(globalNorm([tensor([3]), tensor([4])])).toBe(5);
    const { grads, norm, clipped } = clipByGlobalNorm([tensor([3]), tensor([4])], 1);
    expect(norm).toBe(5);
    expect(clipped).toBe(true);
    expect(grads.map((g) => g.item())).toEqual([0.6000000000000001, 0.8]);
    expect(clipByGlobalNorm([tensor([0.3])], 1).clipped).toBe(false);
    expect(() => clipByValue([], 0)).toThrow(NumericInputError);
  });
});
