// Server-safe math rendering (no React): pre-render widget math so browsers need no KaTeX JS.
export { type MathHtml, mathKey } from './math-html.ts';
export { renderMathIn, renderTex } from './render-math.ts';
export { type MathSegment, splitMath } from './split-math.ts';
