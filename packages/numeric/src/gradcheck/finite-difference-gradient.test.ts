import { describe, expect, it } from 'vitest';
import { Tensor, tensor } from '../tensor/tensor.ts';
import { checkGradient, finiteDifferenceGradient } from './finite-difference-gradient.ts';

describe('checkGradient: the expected side by finite differences', () => {
  // L(W) = Σ (W·x − y)², W: 2×3. ∇L = 2 (W·x − y) xᵀ.
  const x = [1, -2, 0.5];
  const y = [0.5, -1];
  const W = [
    [0.2, -0.4, 1.1],
    [0.7, 0.3, -0.6],
  ];
  const residual = (w: number[][]) =>
    w.map((row, i) => row.reduce((s, v, j) => s + v * x[j]!, 0) - y[i]!);
  const loss = (w: number[][]) => residual(w).reduce((s, r) => s + r * r, 0);
  const right = residual(W).map((r) => x.map((xj) => 2 * r * xj));

  it.each([
    { name: 'reference', grad: right, kind: 'correct' },
    { name: 'forgot the 2', grad: right.map((row) => row.map((v) => v / 2)), kind: 'scaled' },
    {
      name: 'y − ŷ instead of ŷ − y',
      grad: right.map((row) => row.map((v) => -v)),
      kind: 'wrong-sign',
    },
    {
      name: 'x rᵀ instead of r xᵀ',
      grad: x.map((_, j) => right.map((row) => row[j]!)),
      kind: 'transposed',
    },
    {
      name: 'one entry',
      grad: right.map((row, i) => row.map((v, j) => (i + j === 0 ? v + 1 : v))),
      kind: 'wrong-components',
    },
    {
      name: 'NaN',
      grad: right.map((row) => row.map((v, j) => (j === 2 ? Number.NaN : v))),
      kind: 'not-finite',
    },
    { name: 'shape', grad: right[0], kind: 'wrong-shape' },
  ] as const)('$name → $kind', ({ grad, kind }) => {
    expect(checkGradient(loss, W, grad).kind).toBe(kind);
  });

  it('passes f the same form as x: numbers, nested arrays, tensors', () => {
    expect(finiteDifferenceGradient((v: number) => v ** 3, 2).item()).toBeCloseTo(12, 8);
    expect(
      finiteDifferenceGradient(
        (w: number[][]) => w[1]![0]! * 5,
        [
          [1, 2],
          [3, 4],
        ],
      ).toArray(),
    ).toEqual([
      [0, 0],
      [expect.closeTo(5, 8), 0],
    ]);
    const t = finiteDifferenceGradient((v: Tensor) => v.data[0]! * v.data[1]!, tensor([2, 3]));
    expect(Array.from(t.data).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([3, 2]);
    expect(t).toBeInstanceOf(Tensor);
  });

  it('refuses functions that return NaN, naming the component', () => {
    expect(() => finiteDifferenceGradient((w: number[]) => Math.log(w[0]!), [0])).toThrow(
      'f returned NaN (or not a single number) when component 0 of x was moved to',
    );
  });
});
