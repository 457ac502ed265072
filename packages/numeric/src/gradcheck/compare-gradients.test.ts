import { describe, expect, it } from 'vitest';
import { NumericInputError } from '../tensor/errors.ts';
import { tensor } from '../tensor/tensor.ts';
import { compareGradients } from './compare-gradients.ts';
import { scaleLabel } from './format.ts';
import type { DiagnosisKind } from './types.ts';

const E = [
  [1.5, -2, 0.25],
  [4, 0.5, -3],
];
const map = (f: (v: number, i: number, j: number) => unknown) =>
  E.map((row, i) => row.map((v, j) => f(v, i, j)));

describe('compareGradients classifies crafted wrong gradients', () => {
  const table: {
    name: string;
    got: unknown;
    kind: DiagnosisKind;
    check?: Record<string, unknown>;
    says: string;
  }[] = [
    { name: 'exact', got: E, kind: 'correct', says: 'matches' },
    { name: 'within round-off', got: map((v) => v * (1 + 1e-9)), kind: 'correct', says: 'matches' },
    {
      name: '×2',
      got: map((v) => 2 * v),
      kind: 'scaled',
      check: { scale: 2, scaleLabel: '×2' },
      says: '×2',
    },
    { name: '×½', got: map((v) => v / 2), kind: 'scaled', check: { scaleLabel: '×½' }, says: '×½' },
    {
      name: '×(−3)',
      got: map((v) => -3 * v),
      kind: 'scaled',
      check: { scaleLabel: '×(−3)' },
      says: '×(−3)',
    },
    {
      name: 'wrong sign',
      got: map((v) => -v),
      kind: 'wrong-sign',
      check: { scale: -1 },
      says: 'wrong sign',
    },
    {
      name: 'transposed',
      got: [
        [1.5, 4],
        [-2, 0.5],
        [0.25, -3],
      ],
      kind: 'transposed',
      check: { gotShape: [3, 2] },
      says: 'transpose',
    },
    {
      name: 'one component off',
      got: map((v, i, j) => (i === 1 && j === 2 ? 3 : v)),
      kind: 'wrong-components',
      check: { wrongComponents: [[1, 2]] },
      says: 'only in component [1, 2] (at [1, 2] expected -3, got 3); the other 5 are right',
    },
    {
      name: 'two components off',
      got: map((v, _i, j) => (j === 0 ? v + 1 : v)),
      kind: 'wrong-components',
      check: {
        wrongComponents: [
          [0, 0],
          [1, 0],
        ],
      },
      says: 'components [0, 0] and [1, 0]',
    },
    {
      name: 'two components swapped',
      got: map((v, i, j) => (i === 0 && j < 2 ? E[0]![1 - j] : v)),
      kind: 'permuted',
      check: {
        moved: [
          { index: [0, 0], expectedAt: [0, 1] },
          { index: [0, 1], expectedAt: [0, 0] },
        ],
      },
      says: 'swapped',
    },
    {
      name: 'NaN',
      got: map((v, i, j) => (i === 0 && j === 1 ? Number.NaN : v)),
      kind: 'not-finite',
      check: { nonFinite: [{ index: [0, 1], value: 'NaN' }] },
      says: 'NaN at [0, 1]',
    },
    {
      name: '-Infinity',
      got: map((v, i) => (i === 1 ? Number.NEGATIVE_INFINITY : v)),
      kind: 'not-finite',
      says: '-Infinity at [1, 0] (and 2 more non-finite entries)',
    },
    { name: 'all zeros', got: map(() => 0), kind: 'zero', says: 'all zeros' },
    {
      name: 'wrong shape',
      got: [1, 2, 3],
      kind: 'wrong-shape',
      check: { gotShape: [3] },
      says: 'shape [3] but the expected gradient has shape [2, 3]',
    },
    {
      name: 'right values, flat',
      got: E.flat(),
      kind: 'wrong-shape',
      says: 'right values but shape [6] instead of [2, 3]',
    },
    {
      name: 'ragged',
      got: [
        [1, 2, 3],
        [4, 5],
      ],
      kind: 'wrong-shape',
      check: { gotShape: null },
      says: 'ragged',
    },
    {
      name: 'extra nesting',
      got: [
        [1, 2, [3]],
        [4, 5, 6],
      ],
      kind: 'wrong-shape',
      says: 'ragged',
    },
    {
      name: 'a string entry',
      got: [
        [1, '2', 3],
        [4, 5, 6],
      ],
      kind: 'not-numbers',
      says: 'the entry at [0, 1] is the string "2"',
    },
    {
      name: 'null entry',
      got: [
        [1, 2, 3],
        [4, null, 6],
      ],
      kind: 'not-numbers',
      says: '[1, 1] is null',
    },
    { name: 'undefined', got: undefined, kind: 'not-numbers', says: 'is undefined' },
    { name: 'an object', got: { x: 1 }, kind: 'not-numbers', says: 'is an object' },
    { name: 'unrelated numbers', got: map((v) => v + 10), kind: 'wrong', says: 'does not match' },
  ];

  it.each(table)('$name → $kind', ({ got, kind, check, says }) => {
    const d = compareGradients(got, E);
    expect(d.kind).toBe(kind);
    expect(d.ok).toBe(kind === 'correct');
    expect(d.expectedShape).toEqual([2, 3]);
    expect(d.message).toContain(says);
    expect(d.message.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1); // one sentence
    if (check) expect(d).toMatchObject(check);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d); // plain JSON for the grade result
  });

  it.each([
    { name: 'reads x[j+1]', got: [2, 3, 4, 5, 0], shift: 1 },
    { name: 'reads x[j-1]', got: [0, 1, 2, 3, 4], shift: -1 },
    { name: 'last entry also wrapped (a roll)', got: [2, 3, 4, 5, 1], shift: 1 },
  ])('off-by-one index ($name) → shifted', ({ got, shift }) => {
    const d = compareGradients(got, [1, 2, 3, 4, 5]);
    expect(d.kind).toBe('shifted');
    expect(d.shift).toBe(shift);
    expect(d.message).toContain('off-by-one');
  });

  it('off-by-one along the last axis of a matrix, but not for constant rows', () => {
    const d = compareGradients(
      [
        [2, 3, 0],
        [5, 6, 0],
      ],
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    );
    expect(d).toMatchObject({ kind: 'shifted', shift: 1 });
    expect(d.message).toContain('along the last axis');
    expect(compareGradients([1, 1, 1, 0], [1, 1, 1, 1]).kind).toBe('wrong-components');
  });

  it('accepts tensors, typed arrays, scalars and flat data with explicit shapes', () => {
    expect(compareGradients(tensor(E), tensor(E)).kind).toBe('correct');
    expect(compareGradients(Float64Array.of(2, 4), [1, 2]).kind).toBe('scaled');
    expect(compareGradients(-3, 3).kind).toBe('wrong-sign');
    expect(compareGradients(6, 3).kind).toBe('scaled');
    expect(compareGradients(5, 3).kind).toBe('wrong'); // one number: 5/3 is no evidence of a factor
    expect(
      compareGradients(E.flat(), E.flat(), { gotShape: [2, 3], expectedShape: [2, 3] }).kind,
    ).toBe('correct');
    expect(
      compareGradients(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 3],
          [2, 4],
        ],
      ).kind,
    ).toBe('transposed');
  });

  it('reports per-component relative errors and the worst index', () => {
    const d = compareGradients([1, 2, 3.3], [1, 2, 3]);
    expect(d.relativeErrors?.[0]).toBe(0);
    expect(d.maxRelativeError).toBeCloseTo(0.3 / 3.3, 12);
    expect(d.worstIndex).toEqual([2]);
  });

  it.each([
    { name: 'correct', got: [1, 2, 3.0000001] },
    { name: 'wrong components', got: [1, 2, 7.125] },
    { name: 'wrong everywhere', got: [0.375, 9.5, -4.75] },
  ])(
    'with hideValues, says nothing of the expected values or the error size ($name)',
    ({ got }) => {
      const expected = [1, 2, 3];
      const shown = compareGradients(got, expected, { hideValues: true });
      const full = compareGradients(got, expected);
      expect(shown.kind).toBe(full.kind);
      // No number in the sentence but indices ([2]) and counts.
      const numbers =
        shown.message.replace(/\[[\d, ]+\]/g, '').match(/\d+(\.\d+)?(e-?\d+)?/g) ?? [];
      for (const n of numbers) expect(Number(n)).toBeLessThanOrEqual(expected.length);
      expect(shown.message).not.toMatch(/relative error|expected 3|expected 2/);
    },
  );

  it('throws when the expected side is broken (a grader bug, not a learner mistake)', () => {
    expect(() => compareGradients([1], [Number.NaN])).toThrow(NumericInputError);
    expect(() => compareGradients([1], [[1], 2])).toThrow(
      'expected gradient is not a rectangular array',
    );
  });

  it.each([
    [2, '×2'],
    [0.5, '×½'],
    [1 / 3, '×⅓'],
    [-0.25, '×(−¼)'],
    [1.5, '×3/2'],
    [2.5713, '×2.5713'],
  ])('labels the factor %s as %s', (k, label) => {
    expect(scaleLabel(k)).toBe(label);
  });
});
