import { describe, expect, it } from 'vitest';
import { evaluate, transpose, type Value } from './evaluate.ts';
import { FormulaError } from './formula-error.ts';
import { parseFormula } from './parse.ts';
import { toLatex, toText } from './print.ts';
import { namesFor } from './question.ts';
import { drawPoints } from './samples.ts';
import { typeOf } from './shapes.ts';
import { declareSymbol } from './symbols.ts';

const symbols = [declareSymbol('G', 'n×m'), declareSymbol('w', 'd'), declareSymbol('x', 'scalar')];
const shapes = namesFor(symbols);
const typed = (input: string) => typeOf(parseFormula(input, shapes.keys()), shapes);
const point = drawPoints(symbols, 7, 1)[0]!;
const at = (input: string) => evaluate(typed(input).expr, point);
const rows = (v: Value) =>
  Array.from({ length: v.r }, (_, i) => [...v.data.subarray(i * v.c, (i + 1) * v.c)]);

describe('the vector of ones: written, printed, read back', () => {
  it.each([
    ['G^T ones', 'Gᵀ𝟏', 'G^{\\top} \\mathbf{1}'],
    ['G^{\\top}\\mathbf{1}', 'Gᵀ𝟏', 'G^{\\top} \\mathbf{1}'],
    ['G^{\\top}\\mathbb{1}', 'Gᵀ𝟏', 'G^{\\top} \\mathbf{1}'],
    ['Gᵀ𝟏', 'Gᵀ𝟏', 'G^{\\top} \\mathbf{1}'],
    ['G^T𝟙', 'Gᵀ𝟏', 'G^{\\top} \\mathbf{1}'],
    ['\\boldsymbol{1}^T G', '𝟏ᵀG', '\\mathbf{1}^{\\top} G'],
    ['onesᵀG/n', '𝟏ᵀG/n', '\\frac{\\mathbf{1}^{\\top} G}{n}'],
    ['w + ones', 'w + 𝟏', 'w+\\mathbf{1}'],
    ['2 ones + w', '2𝟏 + w', '2 \\mathbf{1}+w'],
  ])('%s → %s', (input, text, latex) => {
    const once = parseFormula(input, shapes.keys());
    expect(toText(once)).toBe(text);
    expect(toLatex(once)).toBe(latex);
    // both printings read back as the same tree
    expect(parseFormula(toLatex(once), shapes.keys())).toEqual(once);
    expect(parseFormula(toText(once), shapes.keys())).toEqual(once);
  });

  it('leaves the number 1 a number', () => {
    expect(parseFormula('1 + x', shapes.keys())).toEqual({
      k: 'add',
      a: { k: 'num', v: 1 },
      b: { k: 'sym', name: 'x' },
    });
    expect(typed('G 1').shape).toEqual({ r: 'n', c: 'm' });
  });

  it('a symbol named ones is the symbol', () => {
    const own = namesFor([declareSymbol('ones', 'd')]);
    expect(parseFormula('ones', own.keys())).toEqual({ k: 'sym', name: 'ones' });
  });
});

describe('the vector of ones: its length comes from where it stands', () => {
  it.each([
    ['G^T ones', 'n', { r: 'm', c: 1 }],
    ['G ones', 'm', { r: 'n', c: 1 }],
    ['ones^T G', 'n', { r: 1, c: 'm' }],
    ['w + ones', 'd', { r: 'd', c: 1 }],
    ['ones^T w', 'd', { r: 1, c: 1 }],
    ['x ones^T G', 'n', { r: 1, c: 'm' }],
    ['G^T (ones + ones)/2', 'n', { r: 'm', c: 1 }],
  ])('%s: 𝟏 has %s entries', (input, n, shape) => {
    const { expr, shape: got } = typed(input);
    expect(got).toEqual(shape);
    expect(JSON.stringify(expr)).toContain(`{"k":"ones","n":"${n}"}`);
  });

  it.each([
    ['ones', 'cannot be told from where it stands'],
    ['sum(ones)', 'cannot be told from where it stands'],
    ['ones^T ones', 'cannot be told from where it stands'],
    ['x + ones', 'cannot be told from where it stands'],
    // a vector of ones with a single entry is a slip, not a vector of ones
    ['w ones', 'w𝟏 is not defined: w is a vector with d entries and 𝟏 is a vector of ones'],
    ['G ones + w', 'cannot be added'],
    // a subscript would be a second, possibly different, length
    ['G^T \\mathbf{1}_n', 'type it as ones, without a subscript'],
    ['G^T ones_n', 'type it as ones, without a subscript'],
    ['G^T 1_n', 'type it as ones, without a subscript'],
  ])('%s: %s', (input, message) => {
    expect(() => typed(input)).toThrow(FormulaError);
    expect(() => typed(input)).toThrow(message);
  });
});

describe('the vector of ones: evaluated', () => {
  const G = rows(point.get('G')!);
  const n = point.get('n')!.data[0]!;
  const m = point.get('m')!.data[0]!;

  it('Gᵀ𝟏 sums each column of G, G𝟏 each row', () => {
    expect(n).not.toBe(m);
    const columns = G[0]!.map((_, j) => G.reduce((s, row) => s + row[j]!, 0));
    const sums = G.map((row) => row.reduce((s, v) => s + v, 0));
    expect(at('G^T ones').r).toBe(m);
    for (const [j, v] of at('G^T ones').data.entries()) expect(v).toBeCloseTo(columns[j]!, 12);
    for (const [i, v] of at('G ones').data.entries()) expect(v).toBeCloseTo(sums[i]!, 12);
    expect(at('ones^T G')).toEqual(transpose(at('G^T ones')));
  });

  it('w + 𝟏 adds one to each entry', () => {
    const w = point.get('w')!;
    expect([...at('w + ones').data]).toEqual([...w.data].map((v) => v + 1));
  });
});
