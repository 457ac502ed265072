import { splitMath } from '../math/split-math.ts';

const WORDS: Record<string, string> = {
  nabla: 'nabla ',
  partial: 'partial ',
  cdot: ' times ',
  times: ' times ',
  leftarrow: ' becomes ',
  to: ' to ',
  infty: 'infinity',
  sum: 'sum of ',
  lVert: ' norm of ',
  rVert: ' ',
  lvert: ' absolute value of ',
  rvert: ' ',
  left: '',
  right: '',
  top: ' transpose',
  ldots: ' dots ',
  dots: ' dots ',
  tfrac: '\\frac',
  dfrac: '\\frac',
};

/**
 * A rough spoken form of TeX for aria labels and announcements ("e^x" → "e to the power x",
 * "x^2" → "x squared", "\frac{a}{b}" → "a over b"). Screen readers that read MathML get the
 * real formula where it is not overridden; this covers names that must be plain text.
 *
 * @example speakTex('\\lambda \\lVert w \\rVert^2') // "lambda norm of w squared"
 */
export function speakTex(tex: string): string {
  let s = tex;
  s = s.replace(/\\(tfrac|dfrac)/g, '\\frac');
  for (let i = 0; i < 3; i++) s = s.replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, ' $1 over $2 ');
  s = s.replace(/\^\{?2\}?/g, ' squared ').replace(/\^\{?3\}?/g, ' cubed ');
  s = s
    .replace(/\^\{([^{}]*)\}/g, ' to the power $1 ')
    .replace(/\^(\\?[A-Za-z0-9])/g, ' to the power $1 ');
  s = s.replace(/_\{([^{}]*)\}/g, ' sub $1 ').replace(/_(\\?[A-Za-z0-9])/g, ' sub $1 ');
  s = s.replace(/\\([A-Za-z]+)/g, (_, name: string) => WORDS[name] ?? `${name} `);
  s = s
    .replace(/\\[,;!: ]/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/'/g, ' prime ');
  s = s.replace(/-/g, ' minus ').replace(/\+/g, ' plus ').replace(/=/g, ' equals ');
  return s.replace(/\s+/g, ' ').trim();
}

/** Author text with its math spoken, for aria labels and live-region announcements. */
export function plainText(text: string): string {
  return splitMath(text)
    .map((s) => (s.kind === 'text' ? s.text : ` ${speakTex(s.tex)} `))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An aria-label for author text that is only math (e.g. a choice "$x^2$"): such a control would
 * otherwise have no name. Mixed text keeps its own name, so what is seen is what is heard
 * (WCAG 2.5.3) and MathML-aware screen readers still read the formula.
 */
export function mathLabel(text: string): string | undefined {
  const segments = splitMath(text);
  const mathOnly = segments.every((s) => s.kind === 'math' || s.text.trim() === '');
  return mathOnly ? plainText(text) : undefined;
}
