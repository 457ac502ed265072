/**
 * Pre-rendered math: TeX → KaTeX HTML, keyed by `mathKey`. The server fills it (see
 * `render-math.ts`) and sends it with a widget's props and feedback, so the browser needs no
 * KaTeX JavaScript for widget text. Server-safe: no React, no KaTeX import.
 */
export type MathHtml = Record<string, string>;

export const mathKey = (tex: string, display: boolean) => `${display ? 'D' : 'I'}:${tex}`;
