import * as mathlive from 'mathlive/ssr';
import { describe, expect, it } from 'vitest';
import { latexToPlain, plainToLatex } from './convert.ts';

describe('latexToPlain (switching to plain text)', () => {
  it.each([
    { latex: '2x\\sin x+x^2\\cos x', plain: '2x sin x+x^2cos x' },
    { latex: '2x\\sin(x)+x^2\\cos(x)', plain: '2x sin(x)+x^2cos(x)' },
    { latex: '2X^\\top(Xw-y)', plain: '2X^T(X w-y)' },
    { latex: '\\frac{1}{1+e^{-x}}', plain: '(1)/(1+e^(-x))' },
    { latex: '\\sqrt{x}', plain: 'sqrt(x)' },
    { latex: '', plain: '' },
    { latex: '  ', plain: '' },
  ])('$latex → $plain', ({ latex, plain }) => {
    expect(latexToPlain(mathlive, latex)).toBe(plain);
  });
});

describe('plainToLatex (switching to the formula editor)', () => {
  it.each([
    {
      plain: '2*x*sin(x) + x^2*cos(x)',
      latex: '2\\cdot x\\cdot \\sin \\left(x\\right)+x^{2}\\cdot \\cos \\left(x\\right)',
    },
    { plain: '1/(1+e^(-x))', latex: '\\frac{1}{1+e^{-x}}' },
    { plain: '2X^T(Xw-y)', latex: '2X^{T}\\left(Xw-y\\right)' },
    { plain: '', latex: '' },
  ])('$plain → $latex', ({ plain, latex }) => {
    expect(plainToLatex(mathlive, plain)).toBe(latex);
  });

  it('reads back what latexToPlain wrote', () => {
    for (const latex of ['2x\\sin x+x^{2}\\cos x', '\\frac{1}{1+e^{-x}}', '\\sqrt{x}'])
      expect(plainToLatex(mathlive, latexToPlain(mathlive, latex))).toBe(latex);
  });
});
