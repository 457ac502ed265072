import type { FormatError } from '../grade-result.ts';

/** Deeper code is refused before any transpiler or parser sees it. */
export const MAX_NESTING = 200;

/**
 * How deep learner code nests, measured in one linear pass without parsing, so that absurd
 * nesting is refused before a transpiler sees it: esbuild's time grows ~n^2.7 with nested
 * arrow functions (2,000 took 19 s) and its output with nested blocks (8,000 `{}` made
 * 128 MB). A level is an open bracket — `(`, `[`, `{`, a template literal's `${` — or an arrow
 * `=>` or a ternary `?` whose body runs on (`a => b => c`, `a ? b ? c : d : e`): those nest
 * without brackets, and count until a `,` or `;` ends them at their bracket level. Strings,
 * template text and comments are skipped; a regular expression's brackets are counted (at
 * worst a slight over-count, never a miss).
 *
 * @example
 * checkNesting('export const f = (x) => [[x]];') // null
 * checkNesting('x=>'.repeat(5000) + '1')?.message // 'Your code nests deeper than 200 levels …'
 */
export function checkNesting(source: string, max = MAX_NESTING): FormatError | null {
  // Per open bracket: how many arrows/ternaries run on inside it; `level` = brackets + runs.
  const runs: number[] = [0];
  let depth = 0;
  let level = 0;
  let line = 1;
  let lineStart = 0;
  /** open template literals: the bracket depth at which each one's `${` was opened */
  const templates: number[] = [];
  let i = 0;
  const n = source.length;
  const tooDeep = (at: number): FormatError => ({
    file: 'submission.ts',
    line,
    column: at - lineStart + 1,
    message: `Your code nests deeper than ${max} levels at line ${line} (brackets, blocks, arrow functions or ?: inside each other). Flatten it: name intermediate values or helper functions.`,
  });
  const open = (at: number): FormatError | null => {
    depth++;
    level++;
    runs.push(0);
    return level > max ? tooDeep(at) : null;
  };
  const close = () => {
    if (depth > 0) {
      depth--;
      level -= 1 + runs.pop()!;
    }
  };
  /** Skips template text from i (just after ` or }) to the next `${` or closing backtick. */
  const templateText = (): boolean => {
    while (i < n) {
      const c = source[i]!;
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        return false;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        return true;
      } else {
        if (c === '\n') {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
    }
    return false;
  };
  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      i++;
    } else if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      i += 2;
      while (i < n && !(source[i] === '*' && source[i + 1] === '/')) {
        if (source[i] === '\n') {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      i += 2;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < n && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`') {
      i++;
      if (templateText()) {
        templates.push(depth);
        const err = open(i - 2);
        if (err) return err;
      }
    } else if (c === '\\') {
      i += 2;
    } else if (c === '(' || c === '[' || c === '{') {
      const err = open(i);
      if (err) return err;
      i++;
    } else if (c === ')' || c === ']' || c === '}') {
      close();
      i++;
      // The `}` that ends a template literal's `${…}`: back into its text.
      if (c === '}' && templates.length > 0 && templates.at(-1) === depth) {
        templates.pop();
        if (templateText()) {
          templates.push(depth);
          const err = open(i - 2);
          if (err) return err;
        }
      }
    } else if ((c === '=' && next === '>') || (c === '?' && next !== '.' && next !== '?')) {
      runs[runs.length - 1]!++;
      level++;
      if (level > max) return tooDeep(i);
      i += c === '=' ? 2 : 1;
    } else if (c === '?') {
      i += 2; // `?.` and `??`
    } else if (c === ',' || c === ';') {
      level -= runs[runs.length - 1]!;
      runs[runs.length - 1] = 0;
      i++;
    } else {
      i++;
    }
  }
  return null;
}
