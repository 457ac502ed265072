import { FormulaError } from './formula-error.ts';

/**
 * Tokens of a typed formula. LaTeX commands become the same tokens as their plain spelling
 * (`\cdot` → `*`, `\sin` → word `sin`, `\lambda` → word `lambda`), so one parser reads both.
 */
export type Token =
  | { t: 'num'; v: number; text: string; at: number }
  | { t: 'word'; v: string; latex: boolean; at: number }
  | { t: 'op'; v: string; at: number }
  | { t: 'frac' | 'sqrt' | 'T' | 'ones' | 'end'; at: number };

export const MAX_LENGTH = 2000;

const GREEK: Record<string, string> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  η: 'eta',
  θ: 'theta',
  λ: 'lambda',
  μ: 'mu',
  π: 'pi',
  σ: 'sigma',
  τ: 'tau',
  φ: 'phi',
  ω: 'omega',
};
const GREEK_NAMES = new Set([...Object.values(GREEK), 'varepsilon', 'rho', 'xi', 'nu', 'kappa']);

/** One-character operators, with the Unicode spellings people paste. */
const OPS: Record<string, string> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '–': '-',
  '*': '*',
  '·': '*',
  '×': '*',
  '⋅': '*',
  '∗': '*',
  '/': '/',
  '÷': '/',
  '^': '^',
  '(': '(',
  ')': ')',
  '[': '[',
  ']': ']',
  '{': '{',
  '}': '}',
  ',': ',',
  '|': '|',
  '‖': '‖',
  '⊙': '⊙',
  '∘': '⊙',
  _: '_',
  "'": 'ᵀ',
  '′': 'ᵀ',
  ᵀ: 'ᵀ',
  '√': '√',
};

const COMMAND_OPS: Record<string, string> = {
  cdot: '*',
  times: '*',
  ast: '*',
  div: '/',
  odot: '⊙',
  circ: '⊙',
  '|': '‖',
  Vert: '‖',
  lVert: '‖',
  rVert: '‖',
  vert: '|',
  lvert: '|',
  rvert: '|',
  mid: '|',
  lbrace: '{',
  rbrace: '}',
  '{': '{',
  '}': '}',
  lbrack: '[',
  rbrack: ']',
  lparen: '(',
  rparen: ')',
};

/** Commands that only size or space things: dropped. */
const IGNORED = new Set([
  'left',
  'right',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'big',
  'Big',
  'biggl',
  'biggr',
  'displaystyle',
  'textstyle',
  ',',
  ';',
  ':',
  '!',
  ' ',
  'quad',
  'qquad',
  'limits',
]);

/** Commands whose `{…}` argument is a name: `\mathbf{X}`, `\operatorname{sigmoid}`. */
const NAME_WRAPPERS = new Set([
  'mathbf',
  'boldsymbol',
  'bm',
  'mathrm',
  'mathit',
  'mathsf',
  'mathnormal',
  'operatorname',
  'text',
  'textrm',
  'vec',
]);

/** Bold and double-struck one: the vector of ones (`ones` in plain text). */
const ONES_CHARACTERS = ['𝟏', '𝟙'];
/** `\mathbf{1}`, `\mathbb{1}`, …: the vector of ones. */
const ONES_WRAPPERS = new Set(['mathbf', 'boldsymbol', 'bm', 'mathbb', 'mathbbm']);

/** Splits the input into tokens; throws {@link FormulaError} with the place of the problem. */
export function tokenize(input: string): Token[] {
  if (input.length > MAX_LENGTH)
    throw new FormulaError(
      `it is ${input.length.toLocaleString('en')} characters long; a formula may have at most ${MAX_LENGTH.toLocaleString('en')}`,
    );
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    const at = i;
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9.]/.test(c)) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(input.slice(i, i + 400));
      if (!m) throw new FormulaError(`"${c}" is not a number`, at);
      // `2e` is 2·e (Euler's number) unless digits follow the `e`.
      tokens.push({ t: 'num', v: Number(m[0]), text: m[0], at });
      i += m[0].length;
    } else if (/[A-Za-z]/.test(c)) {
      const m = /^[A-Za-z]+/.exec(input.slice(i, i + 400))!;
      tokens.push({ t: 'word', v: m[0], latex: false, at });
      i += m[0].length;
    } else if (GREEK[c]) {
      tokens.push({ t: 'word', v: GREEK[c], latex: true, at });
      i++;
    } else if (ONES_CHARACTERS.some((one) => input.startsWith(one, i))) {
      tokens.push({ t: 'ones', at });
      i += 2; // one character outside the BMP: two UTF-16 code units
    } else if (c === '⊤') {
      // MathLive's plain text writes a transpose as ^⊤.
      tokens.push({ t: 'T', at });
      i++;
    } else if (c === '²' || c === '³') {
      tokens.push({ t: 'op', v: '^', at }, { t: 'num', v: c === '²' ? 2 : 3, text: c, at });
      i++;
    } else if (c === '\\') {
      i = command(input, i, tokens);
    } else if (c === '&') {
      throw new FormulaError('"&" belongs to matrices: type each entry in its own box', at);
    } else if (OPS[c]) {
      tokens.push({ t: 'op', v: OPS[c], at });
      i++;
    } else {
      throw new FormulaError(`the character "${c}" is not part of a formula`, at);
    }
  }
  tokens.push({ t: 'end', at: input.length });
  return tokens;
}

/** Reads one LaTeX command at `input[i] === '\\'`; returns the index after it. */
function command(input: string, i: number, tokens: Token[]): number {
  const at = i;
  const m = /^\\([A-Za-z]+|.)/.exec(input.slice(i, i + 64));
  if (!m) throw new FormulaError('a lone "\\" at the end', at);
  const name = m[1]!;
  let next = i + m[0].length;
  if (IGNORED.has(name)) return next;
  if (COMMAND_OPS[name]) {
    tokens.push({ t: 'op', v: COMMAND_OPS[name], at });
    return next;
  }
  if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
    tokens.push({ t: 'frac', at });
    return next;
  }
  if (name === 'sqrt') {
    tokens.push({ t: 'sqrt', at });
    return next;
  }
  if (name === 'top' || name === 'intercal') {
    tokens.push({ t: 'T', at });
    return next;
  }
  if (name === 'exponentialE') {
    tokens.push({ t: 'word', v: 'e', latex: true, at });
    return next;
  }
  if (name === 'placeholder')
    throw new FormulaError('a box is still empty: fill it in or delete it', at);
  if (name === 'begin' || name === 'end')
    throw new FormulaError(
      'matrix environments (\\begin{…}) are not read here: type each entry in its own box',
      at,
    );
  if (ONES_WRAPPERS.has(name)) {
    const one = /^\s*\{\s*1\s*\}/.exec(input.slice(next, next + 16));
    if (one) {
      tokens.push({ t: 'ones', at });
      return next + one[0].length;
    }
  }
  if (NAME_WRAPPERS.has(name)) {
    // `\mathbf{X}`, `\operatorname{sigmoid}`, `\mathrm{T}` (transpose when after ^).
    while (input[next] === ' ') next++;
    const arg = /^\{\s*([A-Za-z]+|\\[A-Za-z]+)\s*\}/.exec(input.slice(next, next + 64));
    if (!arg) throw new FormulaError(`\\${name} needs a name in braces, like \\${name}{x}`, at);
    const inner = arg[1]!.replace(/^\\/, '');
    if (inner === 'T' || inner === 'top' || inner === 'intercal') {
      tokens.push(
        name === 'operatorname' ? { t: 'word', v: 'T', latex: true, at } : { t: 'T', at },
      );
    } else if (inner === 'e' && name === 'mathrm') {
      tokens.push({ t: 'word', v: 'e', latex: true, at });
    } else {
      // A wrapped name is one name, even when it has several letters.
      tokens.push({ t: 'word', v: inner, latex: false, at });
    }
    return next + arg[0].length;
  }
  if (/^[A-Za-z]+$/.test(name)) {
    if (GREEK_NAMES.has(name) || KNOWN_COMMANDS.has(name)) {
      tokens.push({ t: 'word', v: name, latex: true, at });
      return next;
    }
  }
  throw new FormulaError(`the command \\${name} is not something Slope can read`, at);
}

/** Function commands LaTeX and MathLive write (`\sin`, `\ln`, …). */
const KNOWN_COMMANDS = new Set([
  'sin',
  'cos',
  'tan',
  'exp',
  'ln',
  'log',
  'tanh',
  'sgn',
  'tr',
  'pi',
  'sigma',
]);
