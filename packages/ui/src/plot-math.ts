// Server-safe (no React): the legend formulas of every named plot preset, rendered by KaTeX on
// the server, so a lesson page's plots show their math without loading KaTeX in the browser.
import { surfaces } from './contour-plot/surfaces.ts';
import { functionPresets } from './function-plot/presets.ts';
import type { MathHtml } from './math/math-html.ts';
import { renderMathIn } from './math/render-math.ts';

let cached: MathHtml | undefined;

/**
 * KaTeX HTML for the legend of every `<FunctionPlot fn>` and `<ContourPlot surface>` preset;
 * pass it to `MathHtmlProvider` around the lesson.
 *
 * @example <MathHtmlProvider value={plotPresetMath()}>{lesson}</MathHtmlProvider>
 */
export function plotPresetMath(): MathHtml {
  cached ??= renderMathIn(
    [...Object.values(surfaces), ...Object.values(functionPresets)].map(
      (preset) => `$${preset.tex}$`,
    ),
  );
  return cached;
}
