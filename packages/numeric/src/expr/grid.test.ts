import { describe, expect, it } from 'vitest';
import { checkGrid, compileGridQuestion } from './grid.ts';
import { proveGridQuestion } from './prove.ts';

// The Jacobian of (x²y, sin x) by (x, y).
const jacobian = compileGridQuestion({
  seed: 'jacobian',
  answer: [
    ['2xy', 'x^2'],
    ['cos(x)', '0'],
  ],
  symbols: { x: 'scalar', y: 'scalar' },
});

describe('checkGrid: a matrix answered entry by entry', () => {
  it('accepts each entry written another way', () => {
    expect(
      checkGrid(jacobian, [
        ['2yx', 'x x'],
        ['\\cos x', '0'],
      ]).status,
    ).toBe('correct');
  });

  it('marks each entry and names the slip of the wrong ones', () => {
    const check = checkGrid(jacobian, [
      ['-2xy', 'x^2'],
      ['cos(x)', '1'],
    ]);
    expect(check.status).toBe('wrong');
    if (check.status === 'not-understood') return;
    expect(check.entries.map((e) => e.correct)).toEqual([false, true, true, false]);
    expect(check.entries[0]!.message).toContain('The sign is wrong');
    expect(check.entries[3]!.message).toBe('Not right yet.');
  });

  it('names swapped rows and the author’s expected wrong grid', () => {
    expect(
      checkGrid(jacobian, [
        ['cos x', '0'],
        ['2xy', 'x^2'],
      ]),
    ).toMatchObject({
      status: 'wrong',
      slip: 'rows-swapped',
      message: 'Rows 1 and 2 are swapped: each row belongs to one output.',
    });
    expect(
      checkGrid(jacobian, [
        ['x^2', '2xy'],
        ['0', 'cos x'],
      ]),
    ).toMatchObject({
      status: 'wrong',
      slip: 'columns-swapped',
      message: 'Columns 1 and 2 are swapped: each column belongs to one input.',
    });
    const withWrong = compileGridQuestion({
      seed: 'jacobian',
      answer: [
        ['2*x*y', 'x^2'],
        ['cos(x)', '0'],
      ],
      symbols: { x: 'scalar', y: 'scalar' },
      wrong: [
        {
          answer: [
            ['2*x', '0'],
            ['cos(x)', '0'],
          ],
          feedback: 'y is not a constant here.',
        },
      ],
    });
    expect(
      checkGrid(withWrong, [
        ['2x', '0'],
        ['cos x', '0'],
      ]),
    ).toMatchObject({
      slip: 'authored-1',
      message: 'y is not a constant here.',
    });
  });

  it('names a transposed grid', () => {
    const check = checkGrid(jacobian, [
      ['2xy', 'cos x'],
      ['x^2', '0'],
    ]);
    expect(check).toMatchObject({ status: 'wrong', slip: 'transposed' });
  });

  it('names the entry it cannot read, without judging any', () => {
    expect(
      checkGrid(jacobian, [
        ['2xy', 'x^'],
        ['cos x', '0'],
      ]),
    ).toMatchObject({
      status: 'not-understood',
      row: 1,
      col: 2,
    });
    expect(checkGrid(jacobian, [['2xy']])).toMatchObject({ status: 'not-understood' });
  });
});

describe('proveGridQuestion', () => {
  it('accepts the key and catches a sign slip in each nonzero entry', () => {
    expect(proveGridQuestion(jacobian)).toEqual([]);
  });
});
