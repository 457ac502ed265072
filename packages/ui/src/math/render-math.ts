import katex from 'katex';
import { type MathHtml, mathKey } from './math-html.ts';
import { splitMath } from './split-math.ts';

/** KaTeX HTML + MathML for one formula (errors show the source in red, never throw). */
export function renderTex(tex: string, display = false): string {
  return katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    output: 'htmlAndMathml',
  });
}

/**
 * Renders every `$…$` / `$$…$$` segment in author texts, for a widget's `math` prop.
 * Server side: the client widget then shows math without loading KaTeX.
 *
 * @example renderMathIn(['slope $f\'(x)$']) // { "I:f'(x)": '<span class="katex">…' }
 */
export function renderMathIn(texts: readonly (string | null | undefined)[]): MathHtml {
  const out: MathHtml = {};
  for (const text of texts) {
    if (!text) continue;
    for (const s of splitMath(text)) {
      if (s.kind !== 'math') continue;
      const key = mathKey(s.tex, s.display);
      out[key] ??= renderTex(s.tex, s.display);
    }
  }
  return out;
}
