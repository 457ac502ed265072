import { describe, expect, it } from 'vitest';
import { arange, eye, full, linspace, ones, zeros } from './create.ts';
import { NumericInputError, ShapeError } from './errors.ts';
import { parseNested, toNested } from './nested.ts';
import { broadcastShapes, stridesOf } from './shape.ts';
import { tensor } from './tensor.ts';

describe('tensor creation', () => {
  it.each([
    { input: 3, shape: [] },
    { input: [1, 2, 3], shape: [3] },
    {
      input: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      shape: [2, 3],
    },
    { input: [[[1], [2]]], shape: [1, 2, 1] },
    { input: [], shape: [0] },
  ])('infers shape $shape', ({ input, shape }) => {
    const t = tensor(input);
    expect(t.shape).toEqual(shape);
    expect(t.strides).toEqual(stridesOf(shape));
    expect(t.toArray()).toEqual(input);
  });

  it('reshapes flat data with an explicit shape and reads elements by index', () => {
    const t = tensor([1, 2, 3, 4, 5, 6], { shape: [2, 3] });
    expect(t.get(1, 2)).toBe(6);
    expect(t.strides).toEqual([3, 1]);
    expect(() => t.get(2, 0)).toThrow(ShapeError);
  });

  it.each([
    { input: [[1, 2], [3]], error: ShapeError, text: 'entry at [1] has length 1' },
    { input: [1, [2]], error: ShapeError, text: 'at [1]' },
    { input: [1, 'x'], error: NumericInputError, text: 'the string "x"' },
    { input: [null], error: NumericInputError, text: 'null' },
  ])('rejects $input with a named error', ({ input, error, text }) => {
    expect(() => tensor(input as never)).toThrow(error);
    expect(() => tensor(input as never)).toThrow(text);
  });

  it('creates common tensors', () => {
    expect(zeros([2]).toArray()).toEqual([0, 0]);
    expect(ones([1, 2]).toArray()).toEqual([[1, 1]]);
    expect(full([2], 7).toArray()).toEqual([7, 7]);
    expect(eye(2).toArray()).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(arange(0, 1, 0.25).toArray()).toEqual([0, 0.25, 0.5, 0.75]);
    expect(linspace(0, 1, 3).toArray()).toEqual([0, 0.5, 1]);
    expect(() => arange(0, 1, 0)).toThrow(NumericInputError);
    expect(() => zeros([-1])).toThrow(ShapeError);
  });
});

describe('shapes', () => {
  it.each([
    { a: [2, 3], b: [3], out: [2, 3] },
    { a: [2, 1], b: [1, 4], out: [2, 4] },
    { a: [], b: [5], out: [5] },
    { a: [4, 1, 3], b: [2, 3], out: [4, 2, 3] },
  ])('broadcasts $a with $b', ({ a, b, out }) => {
    expect(broadcastShapes('add', a, b)).toEqual(out);
  });

  it('names the op and both shapes on a mismatch', () => {
    expect(() => broadcastShapes('mul', [2, 3], [4])).toThrow(
      'mul: cannot broadcast shapes [2, 3] and [4]',
    );
  });

  it('parses without throwing and round-trips', () => {
    expect(
      parseNested([
        [1, 2],
        [3, 4],
      ]),
    ).toMatchObject({ ok: true, shape: [2, 2] });
    expect(parseNested('nope')).toMatchObject({ ok: false, reason: 'not-number' });
    expect(parseNested([[1], [2, 3]])).toMatchObject({ ok: false, reason: 'ragged', path: [1] });
    expect(toNested([1, 2, 3, 4], [2, 2])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});
