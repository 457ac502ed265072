import type * as MathLiveModule from 'mathlive';

export type MathLive = typeof MathLiveModule;

let loaded: MathLive | null = null;
let loading: Promise<MathLive> | null = null;

/**
 * Imports MathLive (820 KB minified, 222 KB gzip) the first time a MathInput or MathPreview needs it, so
 * pages without one load none of it. One import per page; a failed import may be retried.
 *
 * @example const ml = await loadMathLive(); ml.convertLatexToMarkup('x^2')
 */
export function loadMathLive(): Promise<MathLive> {
  loading ??= import('mathlive').then(configure, (error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** MathLive if it has already loaded (renders without a fallback frame), else null. */
export function loadedMathLive(): MathLive | null {
  return loaded;
}

function configure(ml: MathLive): MathLive {
  // Outside a browser the package resolves to its server build, which has no editor.
  if (typeof ml.MathfieldElement !== 'function') {
    loading = null;
    throw new Error('MathLive has no MathfieldElement in this environment');
  }
  // MathLive's fonts are KaTeX's, byte for byte, under the same family names, and every page
  // already declares them (`katex/dist/katex.min.css`): MathLive finds them in document.fonts.
  // null stops it fetching a second copy from `./fonts/` beside its chunk.
  ml.MathfieldElement.fontsDirectory = null;
  ml.MathfieldElement.soundsDirectory = null;
  // convertLatexToMarkup's HTML needs MathLive's static styles in the document; MathLive adds
  // them (a constructed stylesheet) whenever it auto-renders, so auto-render an empty element.
  ml.renderMathInElement(document.createElement('span'));
  loaded = ml;
  return ml;
}
