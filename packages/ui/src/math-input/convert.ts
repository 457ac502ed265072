import type { MathLive } from './load-mathlive.ts';

/** MathLive's LaTeX ⇄ ASCIIMath converters (from `mathlive`, or `mathlive/ssr` in tests). */
export type Converters = Pick<MathLive, 'convertLatexToAsciiMath' | 'convertAsciiMathToLatex'>;

const FUNCTION_SPACE = /(?<![a-z])(sin|cos|tan|exp|log|ln|sqrt|max|min) \(/gi;

/**
 * The formula editor's LaTeX as the plain text a learner would type (ASCIIMath).
 *
 * @example latexToPlain(ml, '2X^\\top(Xw-y)') // '2X^T(X w-y)'
 */
export function latexToPlain(ml: Converters, latex: string): string {
  if (latex.trim() === '') return '';
  return (
    ml
      .convertLatexToAsciiMath(latex)
      // MathLive writes a transpose as ⊤, which it cannot read back and no one types
      .replace(/⊤/g, 'T')
      .replace(FUNCTION_SPACE, '$1(')
      .trim()
  );
}

/**
 * Plain text (ASCIIMath) as LaTeX for the formula editor.
 *
 * @example plainToLatex(ml, '2*x*sin(x)') // '2\\cdot x\\cdot \\sin \\left(x\\right)'
 */
export function plainToLatex(ml: Converters, text: string): string {
  if (text.trim() === '') return '';
  return ml.convertAsciiMathToLatex(text);
}
