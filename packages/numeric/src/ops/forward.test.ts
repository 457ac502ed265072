import { describe, expect, it } from 'vitest';
import { NumericInputError, ShapeError } from '../tensor/errors.ts';
import { tensor } from '../tensor/tensor.ts';
import { add } from './add.ts';
import { concat } from './concat.ts';
import { div } from './div.ts';
import { log } from './log.ts';
import { gemm, matmul } from './matmul.ts';
import { max } from './max.ts';
import { mean } from './mean.ts';
import { norm } from './norm.ts';
import { pow } from './pow.ts';
import { reshape } from './reshape.ts';
import { slice } from './slice.ts';
import { logSoftmax, softmax } from './softmax.ts';
import { sqrt } from './sqrt.ts';
import { sum } from './sum.ts';
import { transpose } from './transpose.ts';

const A = [
  [1, 2, 3],
  [4, 5, 6],
];

describe('forward values', () => {
  it.each([
    {
      name: 'add broadcast',
      got: () => add(A, [10, 20, 30]),
      want: [
        [11, 22, 33],
        [14, 25, 36],
      ],
    },
    { name: 'sum all', got: () => sum(A), want: 21 },
    { name: 'sum axis 0', got: () => sum(A, 0), want: [5, 7, 9] },
    { name: 'sum axis 1 keepDims', got: () => sum(A, 1, true), want: [[6], [15]] },
    { name: 'mean axis -1', got: () => mean(A, -1), want: [2, 5] },
    { name: 'max axis 0', got: () => max(A, 0), want: [4, 5, 6] },
    { name: 'norm', got: () => norm([3, 4]), want: 5 },
    {
      name: 'norm 1 rows',
      got: () =>
        norm(
          [
            [3, -4],
            [1, 1],
          ],
          1,
          1,
        ),
      want: [7, 2],
    },
    { name: 'matmul', got: () => matmul(A, [[1], [0], [-1]]), want: [[-2], [-2]] },
    { name: 'dot', got: () => matmul([1, 2], [3, 4]), want: 11 },
    { name: 'vector @ matrix', got: () => matmul([1, 1], A), want: [5, 7, 9] },
    {
      name: 'transpose',
      got: () => transpose(A),
      want: [
        [1, 4],
        [2, 5],
        [3, 6],
      ],
    },
    {
      name: 'transpose 3-D',
      got: () => transpose([[[1, 2]], [[3, 4]]], [2, 0, 1]),
      want: [
        [[1], [3]],
        [[2], [4]],
      ],
    },
    {
      name: 'reshape -1',
      got: () => reshape(A, [3, -1]),
      want: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    },
    {
      name: 'slice',
      got: () => slice(A, [0, 1], [2, 3]),
      want: [
        [2, 3],
        [5, 6],
      ],
    },
    { name: 'slice negative', got: () => slice(A, [-1]), want: [[4, 5, 6]] },
    {
      name: 'concat axis 1',
      got: () => concat([A, [[7], [8]]], 1),
      want: [
        [1, 2, 3, 7],
        [4, 5, 6, 8],
      ],
    },
    { name: 'softmax', got: () => softmax([0, Math.log(3)]), want: [0.25, 0.75] },
    { name: 'softmax large logits', got: () => softmax([1000, 1000]), want: [0.5, 0.5] },
    { name: 'logSoftmax large logits', got: () => logSoftmax([1000, 0]), want: [0, -1000] },
    { name: 'x / 0 is Infinity', got: () => div([1], [0]), want: [Number.POSITIVE_INFINITY] },
  ])('$name', ({ got, want }) => {
    const v = got().toArray();
    const flat = (x: unknown): number[] => (Array.isArray(x) ? x.flatMap(flat) : [x as number]);
    expect(JSON.stringify(v).replace(/[-\d.e]+/g, '#')).toBe(
      JSON.stringify(want).replace(/[-\d.e]+/g, '#'),
    );
    flat(want).forEach((w, i) => {
      const g = flat(v)[i]!;
      if (Number.isFinite(w)) expect(g).toBeCloseTo(w, 12);
      else expect(g).toBe(w);
    });
  });
});

describe('bad input', () => {
  it.each([
    {
      name: 'add',
      f: () => add([[1, 2, 3]], [1, 2]),
      error: ShapeError,
      text: 'add: cannot broadcast shapes [1, 3] and [2]',
    },
    {
      name: 'matmul',
      f: () => matmul(A, A),
      error: ShapeError,
      text: 'matmul: inner dimensions do not match: [2, 3] @ [2, 3]',
    },
    {
      name: 'matmul rank',
      f: () => matmul([[[1]]], [1]),
      error: ShapeError,
      text: '[1, 1, 1] and [1]',
    },
    {
      name: 'reshape',
      f: () => reshape(A, [4, -1]),
      error: ShapeError,
      text: 'reshape: cannot reshape [2, 3]',
    },
    {
      name: 'sum axis',
      f: () => sum(A, 2),
      error: ShapeError,
      text: 'axis 2 is out of range for shape [2, 3]',
    },
    {
      name: 'slice',
      f: () => slice(A, [0, 2], [2, 5]),
      error: ShapeError,
      text: 'out of bounds for axis 1 of shape [2, 3]',
    },
    {
      name: 'concat',
      f: () => concat([A, [[1, 2]]], 1),
      error: ShapeError,
      text: '[2, 3] and [1, 2] differ',
    },
    {
      name: 'log negative',
      f: () => log([1, -1]),
      error: NumericInputError,
      text: 'log: input must be >= 0, got -1',
    },
    { name: 'sqrt negative', f: () => sqrt([-4]), error: NumericInputError, text: 'sqrt' },
    {
      name: '0 / 0',
      f: () => div([0, 1], [0, 1]),
      error: NumericInputError,
      text: 'div: 0 / 0 is undefined at index [0]',
    },
    {
      name: 'pow',
      f: () => pow([-2], 0.5),
      error: NumericInputError,
      text: 'non-integer exponent',
    },
    {
      name: 'mean empty',
      f: () => mean(tensor([])),
      error: NumericInputError,
      text: 'mean: cannot average',
    },
    {
      name: 'max empty',
      f: () => max(tensor([])),
      error: NumericInputError,
      text: 'max: cannot take the max of an empty tensor',
    },
  ])('$name throws a typed error naming the op and shapes', ({ f, error, text }) => {
    expect(f).toThrow(error);
    expect(f).toThrow(text);
  });

  it('sums of empty tensors are 0 and NaN inputs propagate (not invented)', () => {
    expect(sum(tensor([])).item()).toBe(0);
    expect(add([Number.NaN], 1).item()).toBeNaN();
  });
});

describe('gemm kernel', () => {
  it.each([
    [1, 1, 1],
    [3, 5, 2],
    [2, 4, 3],
    [5, 7, 1],
    [4, 8, 6],
  ])('matches the naive triple loop for %i×%i @ %i×n', (m, k, n) => {
    const a = Float64Array.from({ length: m * k }, (_, i) => Math.sin(i + 1));
    const b = Float64Array.from({ length: k * n }, (_, i) => Math.cos(i * 3));
    const c = gemm(a, b, m, k, n);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a[i * k + p]! * b[p * n + j]!;
        expect(c[i * n + j]).toBeCloseTo(s, 12);
      }
    }
  });
});
