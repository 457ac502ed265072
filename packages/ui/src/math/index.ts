'use client';
export {
  ControlText,
  MathFormula,
  MathFormula as Math,
  MathHtmlProvider,
  type MathProps,
  MathText,
} from './math.tsx';
export type { MathHtml } from './math-html.ts';
export { type MathSegment, splitMath } from './split-math.ts';
