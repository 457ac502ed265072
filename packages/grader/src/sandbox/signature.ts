/**
 * Parameter names of a function from its source text (as `Function.prototype.toString` gives
 * it), e.g. `function grad(w, X, y = 0) {…}` → `['w', 'X', 'y']`, `(a, ...rest) => …` →
 * `['a', '...rest']`. Null when the text is not a recognizable function.
 */
export function parseParams(source: string): string[] | null {
  const text = source.trim();
  const arrow = text.indexOf('=>');
  const open = text.indexOf('(');
  let list: string | null = null;
  if (arrow >= 0 && (open < 0 || arrow < open)) {
    list = text.slice(0, arrow).replace(/^async\s+/, '');
  } else if (open >= 0) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
      const c = text[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) {
          list = text.slice(open + 1, i);
          break;
        }
      }
    }
  }
  if (list === null) return null;
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of list) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => {
      const m = /^(\.\.\.)?\s*([A-Za-z_$][\w$]*)/.exec(p);
      return m ? `${m[1] ?? ''}${m[2]}` : p.replace(/\s+/g, ' ').slice(0, 20);
    });
}

/** True when a function with these parameters can be called with `count` arguments as intended. */
export function arityMatches(params: string[], count: number): boolean {
  if (params.at(-1)?.startsWith('...')) return params.length - 1 <= count;
  return params.length === count;
}

/** `grad(w, X, y)` */
export function formatSignature(name: string, params: readonly string[] | null): string {
  return params === null ? name : `${name}(${params.join(', ')})`;
}
