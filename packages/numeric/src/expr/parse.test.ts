import { describe, expect, it } from 'vitest';
import { FormulaError } from './formula-error.ts';
import { MAX_DEPTH, parseFormula } from './parse.ts';
import { toLatex, toText } from './print.ts';

const read = (input: string, names = ['x', 'y', 'X', 'w', 'lambda', 'x_1']) =>
  toText(parseFormula(input, names));

describe('parseFormula: one reading of LaTeX and plain text', () => {
  it.each([
    // MathLive's LaTeX and plain text of the same formula read the same
    ['2x\\sin x + x^{2}\\cos x', '2x·sin(x) + x²·cos(x)'],
    ['2*x*sin(x) + x^2*cos(x)', '2x·sin(x) + x²·cos(x)'],
    ['2x·sin x + x²cos x', '2x·sin(x) + x²·cos(x)'],
    // a run of letters splits into known names; an unbracketed argument takes its factors
    ['xsinx', 'x·sin(x)'],
    ['\\sin 2x', 'sin(2x)'],
    ['sin x cos x', 'sin(x)·cos(x)'],
    ['\\sin^2 x', 'sin(x)²'],
    ['sinx^2', 'sin(x²)'],
    // a power after a bracketed argument belongs to the call
    ['tanh(x)^2', 'tanh(x)²'],
    ['\\tanh\\left(x\\right)^{2}', 'tanh(x)²'],
    ['norm(w)^2', '‖w‖²'],
    ["σ'(x) + tanh'(x)", 'σ′(x) + tanh′(x)'],
    ['\\frac{1}{2}x^{-1}', '1/2·x^(−1)'],
    ['\\frac12', '1/2'],
    ['\\dfrac{x}{y}', 'x/y'],
    ['\\sqrt{x}', 'sqrt(x)'],
    ['\\sqrt[3]{x}', 'x^(1/3)'],
    ['√x', 'sqrt(x)'],
    ['e^{-x}', 'e^(−x)'],
    ['\\exponentialE^x', 'e^x'],
    ['|x| + \\left|y\\right|', '|x| + |y|'],
    ['\\left\\lVert w\\right\\rVert^2', '‖w‖²'],
    ['-x^2', '−x²'],
    ['2^3^2', '2^(3²)'],
    ['x_1 + x_{1}', 'x_1 + x_1'],
    ['\\lambda w', 'λw'],
    ['λw', 'λw'],
    ['lambda*w', 'λw'],
    ['\\sigma(x)(1-\\sigma(x))', 'σ(x)(1 − σ(x))'],
    ['sigmoid(x)', 'σ(x)'],
    ['\\log x', 'ln(x)'],
    // transposes: ^T, ^{\top}, ^{T}, \mathrm{T}, a prime, ᵀ
    ['2X^T(Xw - y)', '2Xᵀ(Xw − y)'],
    ['2X^{\\top}(Xw-y)', '2Xᵀ(Xw − y)'],
    ['X^{T}', 'Xᵀ'],
    ['X^\\mathrm{T}', 'Xᵀ'],
    ["X'w", 'Xᵀw'],
    ['X^⊤w', 'Xᵀw'],
    ['w^Tw', 'wᵀw'],
    ['\\mathbf{X}\\cdot\\mathbf{w}', 'Xw'],
    ['w \\odot w', 'w ⊙ w'],
    ['3 \\times 4', '3·4'],
    ['1.5e-3x', '0.0015x'],
  ])('%s → %s', (input, text) => {
    expect(read(input)).toBe(text);
  });

  it.each([
    ['', 'the answer is empty'],
    ['   ', 'the answer is empty'],
    ['sin(x', 'expected ")" to close the "("'],
    ['x^', 'it ends where something more was expected'],
    ['2 +* 3', 'unexpected "*"'],
    ['q', '"q" is not a name this question knows'],
    ['\\foo', 'the command \\foo is not something Slope can read'],
    ['\\begin{pmatrix}1&2\\end{pmatrix}', 'matrix environments'],
    ['1 & 2', '"&" belongs to matrices'],
    ['\\placeholder{}', 'a box is still empty'],
    ['x @ y', 'the character "@" is not part of a formula'],
    ['\\sin^{-1} x', 'ambiguous'],
    ['sin', 'sin needs an argument'],
    ["sin'(x)", 'write the derivative of sin out'],
    // \mathbb{1} is the vector of ones; other double-struck letters are not formulas
    ['\\mathbb{R}', 'the command \\mathbb is not something Slope can read'],
  ])('%j is not understood: %s', (input, message) => {
    expect(() => read(input)).toThrow(FormulaError);
    expect(() => read(input)).toThrow(message);
  });

  it('refuses a 10 KB input and deep nesting with a clear message, quickly', () => {
    expect(() => read('x+'.repeat(5000))).toThrow(/at most 2,000/);
    expect(() => read(`${'('.repeat(MAX_DEPTH + 5)}x${')'.repeat(MAX_DEPTH + 5)}`)).toThrow(
      /nests more than 40 levels/,
    );
    expect(() => read(`${'-'.repeat(500)}x`)).toThrow(/nests more than 40 levels/);
    expect(() => read(`x${'^x'.repeat(200)}`)).toThrow(/nests more than 40 levels/);
    expect(() => read(`${'\\sqrt{'.repeat(100)}x${'}'.repeat(100)}`)).toThrow(/nests/);
  });

  it('prints LaTeX that reads back as the same formula', () => {
    for (const input of [
      '2x\\sin x + x^{2}\\cos x',
      '2X^T(Xw - y)/n + 2lambda w',
      '|x| - ‖w‖^2',
      '\\sqrt[3]{x} + e^{-x}',
    ]) {
      const names = ['x', 'X', 'w', 'y', 'n', 'lambda'];
      const once = parseFormula(input, names);
      expect(parseFormula(toLatex(once), names)).toEqual(once);
    }
  });
});
