/** One run of rich text: plain text, inline math (`$…$`) or display math (`$$…$$`). */
export type MathSegment =
  | { kind: 'text'; text: string }
  | { kind: 'math'; tex: string; display: boolean };

/**
 * Splits author text with `$…$` / `$$…$$` math into segments. `\$` is a literal dollar sign;
 * an unclosed `$` is kept as text so a typo never swallows the rest of a sentence.
 *
 * @example splitMath('slope $f\'(x)$ here') // text, math, text
 */
export function splitMath(source: string): MathSegment[] {
  const segments: MathSegment[] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\' && source[i + 1] === '$') {
      text += '$';
      i += 2;
      continue;
    }
    if (ch === '$') {
      const display = source[i + 1] === '$';
      const open = display ? 2 : 1;
      const close = source.indexOf(display ? '$$' : '$', i + open);
      if (close > i + open) {
        if (text) segments.push({ kind: 'text', text });
        text = '';
        segments.push({ kind: 'math', tex: source.slice(i + open, close), display });
        i = close + open;
        continue;
      }
    }
    text += ch;
    i += 1;
  }
  if (text) segments.push({ kind: 'text', text });
  return segments;
}
