import { describe, expect, it } from 'vitest';
import { FormulaError } from './formula-error.ts';
import { proveFormulaQuestion } from './prove.ts';
import { checkFormula, compileFormulaQuestion } from './question.ts';
import { drawPoints } from './samples.ts';
import { declareSymbol } from './symbols.ts';

const productRule = compileFormulaQuestion({
  seed: 'product-rule',
  answer: '2*x*sin(x) + x^2*cos(x)',
  symbols: { x: 'scalar' },
  of: 'x^2*sin(x)',
  wrt: 'x',
  wrong: [
    { answer: '2x cos x', feedback: 'That multiplies the derivatives: use the product rule.' },
  ],
});

const ridge = compileFormulaQuestion({
  seed: 'ridge-gradient',
  answer: '2/n X^T(Xw - y) + 2 lambda w',
  symbols: { X: 'n×d', w: 'd', y: 'n', lambda: 'scalar in [0.1, 1]' },
});

describe('checkFormula: a right answer written any way is right', () => {
  it.each([
    '2x\\sin x + x^{2}\\cos x',
    'x(2 sin x + x cos x)',
    'x^2 cos(x) + 2 sin(x) x',
    '\\sin(x)\\cdot 2x+\\cos\\left(x\\right)x^{2}',
  ])('%s', (input) => {
    expect(checkFormula(productRule, input).status).toBe('correct');
  });

  it.each([
    '2/n X^T(Xw - y) + 2 lambda w',
    '\\frac{2}{n}X^{\\top}\\left(Xw-y\\right)+2\\lambda w',
    '2(X^T X w - X^T y)/n + 2λw',
    '2/n (w^T X^T X - y^T X)^T + lambda*2*w',
  ])('%s', (input) => {
    expect(checkFormula(ridge, input).status).toBe('correct');
  });
});

describe('checkFormula: a wrong answer gets its slip named, never the answer', () => {
  it.each([
    ['2x cos x', 'authored-1', 'use the product rule'],
    ['-2x sin x - x^2 cos x', 'sign', 'The sign is wrong'],
    ['4x sin x + 2x^2 cos x', 'factor', '2 times the right one'],
    ['x sin x + x^2/2 cos x', 'factor', '1/2 of the right one'],
    ['x^2 cos x', 'missing-term', 'A term is missing'],
    ['2x sin x - x^2 cos x', 'term-sign', 'One term has the wrong sign'],
    ['2x sin x + x^2 cos x + 1', 'extra-term', 'The term 1 should not be there'],
    ['x^2 sin x', 'function-itself', 'the function itself'],
    ['(2 - x^2) sin x + 4x cos x', 'second-derivative', 'second derivative'],
    ['x^3 sin(x) * 0 + x^5', null, 'Not right yet'],
  ])('%s → %s', (input, slip, message) => {
    const check = checkFormula(productRule, input);
    expect(check.status).toBe('wrong');
    if (check.status !== 'wrong') return;
    expect(check.slip).toBe(slip);
    expect(check.message).toContain(message);
    // the key never appears in what the learner is told
    expect(check.message).not.toMatch(/\b(cos|sin)\b/);
  });

  it('names an antiderivative and the derivative by another variable', () => {
    const q = compileFormulaQuestion({
      seed: 'power',
      answer: '3x^2 y',
      symbols: { x: 'scalar', y: 'scalar' },
      of: 'x^3 y',
      wrt: 'x',
    });
    expect(checkFormula(q, 'x^4 y/4')).toMatchObject({ slip: 'antiderivative' });
    expect(checkFormula(q, 'x^3')).toMatchObject({ slip: 'wrong-variable' });
    expect(checkFormula(q, '6xy')).toMatchObject({ slip: 'second-derivative' });
  });

  it.each([
    ['2 X^T(Xw - y) + 2 lambda w', 'sum-vs-mean'],
    ['2/n X^T(Xw - y)', 'missing-term', 'the one with λ'],
    ['2/n (Xw - y)^T X + 2 lambda w^T', 'transposed'],
    ['-2/n X^T(Xw - y) - 2 lambda w', 'sign'],
    ['2/n X^T(Xw - y) + lambda w', 'factor'],
    ['1/n X^T(Xw - y) + lambda w', 'factor', '1/2 of the right one'],
    ['2/n X^T(Xw + y) + 2 lambda w', 'term-sign', 'A sign inside'],
    ['2/n X^T(Xw - y) + 2 lambda w + 2w', 'extra-term', 'The term 2w'],
    ['2/n X^T X^T (Xw-y)', 'not-understood'],
    [
      '2/n y^T(Xw - y)',
      'shape',
      'Your answer is a number, but the answer is a vector with d entries',
    ],
  ])('%s → %s', (input, slip, message = '') => {
    const check = checkFormula(ridge, input);
    if (slip === 'not-understood') expect(check.status).toBe('not-understood');
    else expect(check).toMatchObject({ status: 'wrong', slip });
    expect('message' in check ? check.message : '').toContain(message);
  });

  it('names the function itself before a missing factor that looks the same', () => {
    const q = compileFormulaQuestion({
      seed: 'bell',
      answer: '-2x e^{-x^2}',
      symbols: { x: 'scalar' },
      of: 'e^{-x^2}',
      wrt: 'x',
    });
    expect(checkFormula(q, 'e^{-x^2}')).toMatchObject({ slip: 'function-itself' });
    expect(checkFormula(q, '-2x/e^{x^2}').status).toBe('correct');
  });

  it('reads σ′, tanh(u)², and division entry by entry', () => {
    const q = compileFormulaQuestion({
      seed: 'tanh',
      answer: '1 - tanh(u)^2',
      symbols: { u: 'scalar' },
    });
    expect(checkFormula(q, "tanh'(u)").status).toBe('correct');
    expect(checkFormula(q, '\\tanh^{2} u').status).not.toBe('not-understood');
    const l1 = compileFormulaQuestion({
      seed: 'l1',
      answer: 'lambda sign(w)',
      symbols: { w: 'd', lambda: 'scalar in [0.1, 1]' },
    });
    expect(checkFormula(l1, 'λw/|w|').status).toBe('correct');
  });

  it('a wrong number is only named for its sign: a factor would give the answer away', () => {
    const q = compileFormulaQuestion({ seed: 'number', answer: '0.25' });
    expect(checkFormula(q, '-0.25')).toMatchObject({ slip: 'sign' });
    // "4 times the right one" to a learner who typed 1 would be the answer
    expect(checkFormula(q, '1')).toMatchObject({ slip: null });
    expect(checkFormula(q, '0.5')).toMatchObject({ slip: null });
    expect(checkFormula(q, '2.95')).toMatchObject({
      slip: null,
      message: expect.stringMatching(/Not right yet/),
    });
  });

  it('names the missing chain-rule factor (σ′ forgotten)', () => {
    const q = compileFormulaQuestion({
      seed: 'sigmoid',
      answer: '(sigma(w x) - t) sigma(w x)(1 - sigma(w x)) x',
      symbols: { w: 'scalar', x: 'scalar', t: 'scalar in [0, 1]' },
    });
    expect(checkFormula(q, '(σ(wx) - t) x')).toMatchObject({ slip: 'missing-factor' });
    expect(checkFormula(q, '(σ(wx) - t) σ(wx)(1 - σ(wx))')).toMatchObject({
      slip: 'missing-factor',
    });
  });
});

describe('checkFormula: a sum over the wrong axis is named', () => {
  // The bias gradient of a batch: G holds one row per example, the key sums over them.
  const bias = compileFormulaQuestion({
    seed: 'bias-gradient',
    answer: 'G^T ones',
    symbols: { G: 'n×m' },
    wrong: [{ answer: 'sum(G)', feedback: 'One number for the whole bias.' }],
  });
  const square = compileFormulaQuestion({
    seed: 'square',
    answer: 'G^T ones',
    symbols: { G: 'n×n' },
  });
  const axis =
    'You summed over the wrong axis: your answer sums each row of G; the answer sums each column of G (over its n rows).';

  it.each([
    'G^T ones',
    'G^{\\top}\\mathbf{1}',
    '(ones^T G)^T',
    '\\left(\\mathbf{1}^{\\top}G\\right)^{\\top}',
    'Gᵀ𝟏',
    'G^T (ones + ones)/2',
  ])('accepts %s', (input) => {
    expect(checkFormula(bias, input).status).toBe('correct');
    expect(checkFormula(square, input).status).toBe('correct');
  });

  it.each([
    // n×m: the row sums have n entries where the key has m, yet the slip is named
    [bias, 'G ones'],
    [bias, '\\mathbf{1}^{\\top}G^{\\top}'],
    [bias, '(G ones)^T'],
    // n×n: the same shape, a different value
    [square, 'G ones'],
    [square, 'ones^T G^T'],
  ])('%#: %s', (question, input) => {
    expect(checkFormula(question, input)).toMatchObject({
      status: 'wrong',
      slip: 'wrong-axis',
      message: axis,
    });
  });

  it('names the other slips as before', () => {
    for (const question of [bias, square]) {
      expect(checkFormula(question, 'ones^T G')).toMatchObject({ slip: 'transposed' });
      expect(checkFormula(question, '-G^T ones')).toMatchObject({ slip: 'sign' });
      expect(checkFormula(question, '2 G^T ones')).toMatchObject({ slip: 'factor' });
      expect(checkFormula(question, 'G^T ones / n')).toMatchObject({ slip: 'sum-vs-mean' });
    }
    expect(checkFormula(bias, 'G ones + 1')).toMatchObject({
      slip: 'shape',
      message: 'Your answer is a vector with n entries, but the answer is a vector with m entries.',
    });
    // the number 1 where the vector of ones was meant
    expect(checkFormula(bias, 'G^T 1')).toMatchObject({
      slip: 'shape',
      message:
        'Your answer is m×n, but the answer is a vector with m entries. The 1 in it is the number one: type the vector of ones as ones.',
    });
  });

  it('gives an expected wrong answer of another shape its feedback', () => {
    expect(checkFormula(bias, 'sum(G)')).toMatchObject({
      slip: 'authored-1',
      message: 'One number for the whole bias.',
    });
    expect(proveFormulaQuestion(bias)).toEqual([]);
    expect(proveFormulaQuestion(square)).toEqual([]);
  });

  it('a symmetric matrix has no wrong axis', () => {
    const symmetric = compileFormulaQuestion({
      seed: 'symmetric',
      answer: 'A^T ones',
      symbols: { A: 'n×n symmetric' },
    });
    expect(checkFormula(symmetric, 'A ones').status).toBe('correct');
  });

  it('names a mean over the wrong axis, with its count', () => {
    const mean = compileFormulaQuestion({
      seed: 'column-means',
      answer: 'X^T ones / n',
      symbols: { X: 'n×d' },
    });
    expect(checkFormula(mean, '1/n \\mathbf{1}^{\\top}X')).toMatchObject({ slip: 'transposed' });
    expect(checkFormula(mean, '(1/n ones^T X)^T').status).toBe('correct');
    for (const input of ['X ones / d', 'X ones / n'])
      expect(checkFormula(mean, input)).toMatchObject({
        slip: 'wrong-axis',
        message:
          'You summed over the wrong axis: your answer sums each row of X; the answer sums each column of X (over its n rows).',
      });
    expect(checkFormula(mean, 'X^T ones')).toMatchObject({ slip: 'sum-vs-mean' });
  });

  it('finds the reduced matrix inside a longer product', () => {
    const layer = compileFormulaQuestion({
      seed: 'layer',
      answer: '(G W)^T ones',
      symbols: { W: 'm×k', G: 'n×m' },
    });
    expect(checkFormula(layer, 'G W ones')).toMatchObject({
      slip: 'wrong-axis',
      message:
        'You summed over the wrong axis: your answer sums each row of GW; the answer sums each column of GW (over its n rows).',
    });
  });
});

describe('one-hot targets and distributions', () => {
  // Lesson 6's softmax cross-entropy question: y is a class target, so its entries add up to 1.
  const crossEntropy = (y: string) =>
    compileFormulaQuestion({
      seed: 'softmax-cross-entropy-gradient',
      answer: 'softmax(z) - y',
      symbols: { z: 'k', y },
      wrong: [{ answer: 'y ⊙ softmax(z) - y', feedback: 'Every p_i depends on all the scores.' }],
    });
  const oneHot = crossEntropy('k one-hot');

  it('accepts an answer that is right for every one-hot target', () => {
    expect(checkFormula(oneHot, 'softmax(z)*sum(y) - y').status).toBe('correct');
    expect(checkFormula(oneHot, '\\operatorname{softmax}(z)-y').status).toBe('correct');
    expect(checkFormula(crossEntropy('k distribution'), 'softmax(z)*sum(y) - y').status).toBe(
      'correct',
    );
    // with y drawn as any numbers it is not
    expect(checkFormula(crossEntropy('k'), 'softmax(z)*sum(y) - y').status).toBe('wrong');
  });

  it('still tells the slips apart, including one that differs only where y is 0', () => {
    expect(checkFormula(oneHot, 'y ⊙ softmax(z) - y')).toMatchObject({ slip: 'authored-1' });
    expect(checkFormula(oneHot, 'y - softmax(z)')).toMatchObject({ slip: 'sign' });
    expect(checkFormula(oneHot, '2 softmax(z) - 2y')).toMatchObject({ slip: 'factor' });
    expect(checkFormula(oneHot, 'softmax(z)')).toMatchObject({ slip: 'missing-term' });
    expect(checkFormula(oneHot, 'softmax(z) + y')).toMatchObject({ slip: 'term-sign' });
    expect(proveFormulaQuestion(oneHot)).toEqual([]);
    expect(proveFormulaQuestion(crossEntropy('k distribution'))).toEqual([]);
  });

  it('draws a one-hot vector, a distribution, and a matrix of one target per row', () => {
    const symbols = [
      declareSymbol('y', 'k one-hot'),
      declareSymbol('p', 'k distribution'),
      declareSymbol('Y', 'n×k one-hot'),
    ];
    for (const point of drawPoints(symbols, 3, 6)) {
      const k = point.get('k')!.data[0]!;
      const y = [...point.get('y')!.data];
      expect(y).toHaveLength(k);
      expect(y.filter((v) => v === 1)).toHaveLength(1);
      expect(y.filter((v) => v === 0)).toHaveLength(k - 1);
      const p = [...point.get('p')!.data];
      expect(p.every((v) => v > 0)).toBe(true);
      expect(p.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
      const Y = point.get('Y')!;
      expect(Y.c).toBe(k);
      for (let i = 0; i < Y.r; i++)
        expect([...Y.data.subarray(i * k, (i + 1) * k)].reduce((a, b) => a + b)).toBe(1);
    }
  });

  it.each([
    ['1 one-hot', 'one-hot is for a vector or a matrix'],
    ['k distribution in [0, 1]', 'takes no range'],
    ['k×k symmetric one-hot', 'is not a shape'],
    ['k onehot', 'k one-hot or k distribution'],
  ])('%s: %s', (spec, message) => {
    expect(() => declareSymbol('y', spec)).toThrow(message);
  });
});

describe('checkFormula: what cannot be read costs nothing', () => {
  it.each([
    ['', 'the answer is empty'],
    ['x'.repeat(10_000), 'at most 2,000'],
    [`${'('.repeat(60)}x${')'.repeat(60)}`, 'nests more than 40'],
    ['\\begin{bmatrix}1\\end{bmatrix}', 'matrix environments'],
    ['\\frac{1}{0}', 'undefined everywhere'],
    ['0^0', 'undefined everywhere'],
    ['\\unknowncommand x', '\\unknowncommand'],
    ['y', '"y" is not a name this question knows (its symbols: e, pi, x)'],
    ['2/n X(Xw - y) + 2lambda w', 'did you mean'],
  ])('%j', (input, message) => {
    const question = input.includes('X') ? ridge : productRule;
    const check = checkFormula(question, input);
    expect(check.status).toBe('not-understood');
    expect('message' in check && check.message).toContain(message);
  });

  it('suggests the transpose that makes a product defined', () => {
    const check = checkFormula(ridge, 'X(Xw - y)');
    expect(check).toMatchObject({
      status: 'not-understood',
      message:
        'Not understood: X(Xw − y) is not defined: X is n×d and Xw − y is a vector with n entries; did you mean Xᵀ(Xw − y)?',
    });
  });

  it('a huge exponent overflows at some points: those points are skipped, never a false verdict', () => {
    const q = compileFormulaQuestion({
      seed: 'exp',
      answer: 'e^x',
      symbols: { x: 'scalar in [-3, 3]' },
    });
    expect(checkFormula(q, 'e^{1000x}/e^{999x}').status).toBe('correct');
    expect(checkFormula(q, 'x^(10^10)').status).not.toBe('correct');
  });
});

describe('compileFormulaQuestion: an author’s mistakes are caught', () => {
  it.each([
    [{ answer: 'x +' }, 'the answer "x +"'],
    [{ answer: 'ln(x)', symbols: { x: 'scalar in [-3, -1]' } }, 'undefined at most sampled points'],
    [
      { answer: '2x', symbols: { x: 'scalar' }, wrong: [{ answer: 'x+x', feedback: '.' }] },
      'equals the answer',
    ],
    [
      { answer: 'X w', symbols: { X: 'n x d', w: 'd', n: 'scalar' } },
      'both a symbol and a dimension',
    ],
    [{ answer: 'x', symbols: { x: 'a matrix' } }, 'is not a shape'],
    [{ answer: 'x', symbols: { x: 'scalar' }, of: 'x^2', wrt: 'y' }, 'wrt must name a scalar'],
  ])('%j', (input, message) => {
    expect(() => compileFormulaQuestion({ seed: 's', ...input })).toThrow(FormulaError);
    expect(() => compileFormulaQuestion({ seed: 's', ...input })).toThrow(message);
  });
});

describe('proveFormulaQuestion: content:check’s proof of a question', () => {
  it('passes a fair question', () => {
    expect(proveFormulaQuestion(productRule)).toEqual([]);
    expect(proveFormulaQuestion(ridge)).toEqual([]);
  });

  it('finds a key that cannot tell the sign slip apart (0 at every point)', () => {
    const q = compileFormulaQuestion({ seed: 'zero', answer: 'x - x', symbols: { x: 'scalar' } });
    expect(proveFormulaQuestion(q)).toEqual([
      'the answer with its sign flipped cannot be told apart from the answer at the sampled points',
      'twice the answer cannot be told apart from the answer at the sampled points',
    ]);
  });
});
