import { describe, expect, it } from 'vitest';
import {
  checkFormulaAnswer,
  proveAnswerSpec,
  toFormulaProps,
  validateFormulaSpec,
} from './spec.ts';
import { allVariants, atValues, substitute, variantValues } from './variants.ts';

const props = {
  id: 'power-rule',
  stem: 'Differentiate $f(x) = @a x^{@n}$.',
  symbols: { x: 'scalar' },
  params: { a: [2, 3, 5], n: [3, 4, 5] },
  answer: '@a*@n*x^(@n-1)',
  wrong: [{ answer: '@a*x^(@n-1)', feedback: 'The exponent $@n$ comes down as a factor.' }],
  explanation: 'Power rule: $@a \\cdot @n x^{@n - 1}$.',
};

function spec() {
  const validation = validateFormulaSpec(props);
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return validation.spec;
}

describe('variants: each learner their own values', () => {
  it('draws the same values for a seed, the first for a visitor, and spreads learners out', () => {
    const params = { a: [2, 3, 5], n: [3, 4, 5] };
    expect(variantValues(params, 7)).toEqual(variantValues(params, 7));
    expect(variantValues(params, null)).toEqual({ a: 2, n: 3 });
    const seen = new Set(
      Array.from({ length: 200 }, (_, seed) => JSON.stringify(variantValues(params, seed * 7919))),
    );
    expect(seen.size).toBe(9);
    expect(allVariants(params)).toHaveLength(9);
  });

  it('puts the values in texts and formulas (a negative one bracketed in a formula)', () => {
    expect(substitute('$@a x^{@n}$', { a: -3, n: 4 }, false)).toBe('$-3 x^{4}$');
    expect(substitute('x - @a', { a: -3 }, true)).toBe('x - (-3)');
    const one = atValues(spec(), { a: 3, n: 4 });
    expect(one.stem).toBe('Differentiate $f(x) = 3 x^{4}$.');
    expect(one.answer).toBe('3*4*x^(4-1)');
    expect(one.wrong[0]!.feedback).toBe('The exponent $4$ comes down as a factor.');
    expect(one.params).toBeUndefined();
  });

  it('a learner’s own answer is right, another variant’s is not; the stem says which values', () => {
    const base = spec();
    const seeds = Array.from({ length: 50 }, (_, i) => i * 104_729);
    const [s1, s2] = [
      seeds[0]!,
      seeds.find(
        (s) =>
          JSON.stringify(toFormulaProps(base, s).stem) !==
          JSON.stringify(toFormulaProps(base, seeds[0]!).stem),
      )!,
    ];
    const mine = /= (\d) x\^\{(\d)\}/.exec(toFormulaProps(base, s1).stem)!;
    const [a, n] = [Number(mine[1]), Number(mine[2])];
    const answer = { text: `${a * n}x^${n - 1}` };
    expect(checkFormulaAnswer(base, answer, { seed: s1 }).correct).toBe(true);
    expect(checkFormulaAnswer(base, answer, { seed: s2 }).correct).toBe(false);
    expect(checkFormulaAnswer(base, { text: `${a}x^${n - 1}` }, { seed: s1 })).toMatchObject({
      slip: 'authored-1',
    });
    // the props carry the learner's stem, never the key, the wrong answers or the values' list
    expect(Object.keys(toFormulaProps(base, s1)).sort()).toEqual(
      ['id', 'math', 'maxAttempts', 'stem', 'symbols'].sort(),
    );
  });

  it('validation names an undeclared parameter and proves every variant', () => {
    const bad = validateFormulaSpec({ ...props, answer: '@b*x' });
    expect(bad).toMatchObject({
      ok: false,
      issues: [{ prop: 'params', message: '@b is used but not declared in params' }],
    });
    expect(proveAnswerSpec('FormulaAnswer', spec())).toEqual([]);
    // a = 0 makes the key 0 and the wrong answer equal to it: named with its values
    expect(validateFormulaSpec({ ...props, params: { a: [1, 0], n: [3] } })).toMatchObject({
      ok: false,
      issues: [
        {
          prop: 'answer',
          message: expect.stringMatching(/equals the answer \(with \{"a":0,"n":3\}\)/),
        },
      ],
    });
  });
});
