import { bin, type Expr, FUNCTIONS, type FunctionName, num } from './ast.ts';
import { FormulaError } from './formula-error.ts';
import { type Token, tokenize } from './tokens.ts';

/** How deep brackets, powers and functions may nest. */
export const MAX_DEPTH = 40;

/** Spellings of the functions (`sigmoid`, `σ`, `log` is the natural log). */
const FUNCTION_ALIASES: Record<string, FunctionName> = {
  ...Object.fromEntries(Object.keys(FUNCTIONS).map((f) => [f, f as FunctionName])),
  log: 'ln',
  sigmoid: 'sigma',
  sgn: 'sign',
  ReLU: 'relu',
  Relu: 'relu',
  tr: 'trace',
  Tr: 'trace',
};
const CONSTANTS = ['pi', 'e'];
/** The vector of ones in plain text (`\mathbf{1}` or `𝟏` in LaTeX); the number 1 stays a number. */
const ONES = 'ones';
const ONES_SUBSCRIPT =
  'the vector of ones takes its length from where it stands: type it as ones, without a subscript';

/**
 * Parses what a learner typed — MathLive's LaTeX or plain text — into a tree. `names` are the
 * symbols the question declares (and its dimension names, usable as numbers); a run of letters
 * is split into known names (`xy` → x·y, `xsinx` → x·sin(x)). Throws {@link FormulaError}.
 *
 * @example
 * parseFormula('2x\\sin x + x^{2}\\cos x', ['x'])
 * parseFormula('2*X^T*(X*w - y)', ['X', 'w', 'y'])
 */
export function parseFormula(input: string, names: Iterable<string>): Expr {
  if (!input.trim()) throw new FormulaError('the answer is empty');
  return new Parser(tokenize(input), new Set(names)).parseAll();
}

type Atom = { kind: 'fn'; fn: FunctionName } | { kind: 'sym'; name: string } | { kind: 'ones' };

class Parser {
  private i = 0;
  private depth = 0;
  private pending: Atom[] = [];
  /** inside |…| or ‖…‖: a bar closes instead of opening */
  private bars = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly names: Set<string>,
  ) {}

  parseAll(): Expr {
    const e = this.sum();
    const t = this.peek();
    if (t.t !== 'end') throw new FormulaError(`unexpected ${describe(t)}`, t.at);
    return e;
  }

  private peek(): Token {
    return this.tokens[this.i]!;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return this.pending.length === 0 && t.t === 'op' && t.v === v;
  }
  private take(): Token {
    return this.tokens[this.i++]!;
  }
  private expectOp(v: string, what: string): void {
    const t = this.peek();
    if (!this.isOp(v)) throw new FormulaError(`expected ${what}, found ${describe(t)}`, t.at);
    this.i++;
  }
  private enter<T>(f: () => T): T {
    if (++this.depth > MAX_DEPTH)
      throw new FormulaError(`it nests more than ${MAX_DEPTH} levels deep`, this.peek().at);
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  private sum(): Expr {
    return this.enter(() => {
      let left = this.term();
      while (this.isOp('+') || this.isOp('-')) {
        const op = this.take() as { v: string };
        left = bin(op.v === '+' ? 'add' : 'sub', left, this.term());
      }
      return left;
    });
  }

  private term(): Expr {
    let left = this.unary();
    for (;;) {
      if (this.isOp('*')) {
        this.i++;
        left = bin('mul', left, this.unary());
      } else if (this.isOp('/')) {
        this.i++;
        left = bin('div', left, this.unary());
      } else if (this.isOp('⊙')) {
        this.i++;
        left = bin('had', left, this.unary());
      } else if (this.startsFactor()) {
        left = bin('mul', left, this.power());
      } else return left;
    }
  }

  private unary(): Expr {
    if (this.isOp('-')) {
      this.i++;
      return this.enter(() => ({ k: 'neg', a: this.unary() }));
    }
    if (this.isOp('+')) {
      this.i++;
      return this.enter(() => this.unary());
    }
    return this.power();
  }

  /** Does the next token begin a factor of an implied product (`2x`, `x(…)`, `x\sin x`)? */
  private startsFactor(): boolean {
    if (this.pending.length) return true;
    const t = this.peek();
    if (t.t === 'num' || t.t === 'word' || t.t === 'frac' || t.t === 'sqrt' || t.t === 'ones')
      return true;
    if (t.t !== 'op') return false;
    if (t.v === '(' || t.v === '[' || t.v === '{' || t.v === '√') return true;
    return (t.v === '|' || t.v === '‖') && this.bars === 0;
  }

  private power(): Expr {
    let base = this.postfix(this.primary());
    while (this.isOp('^')) {
      this.i++;
      base = this.postfix(this.exponent(base));
    }
    return base;
  }

  /** After `^`: a transpose mark (`^T`, `^{\top}`) or an exponent. */
  private exponent(base: Expr): Expr {
    const t = this.peek();
    const next = this.tokens[this.i + 1];
    const isT = (tok: Token | undefined) =>
      tok?.t === 'T' || (tok?.t === 'word' && tok.v === 'T' && !this.names.has('T'));
    if (this.pending.length === 0 && isT(t)) {
      this.i++;
      return { k: 'T', a: base };
    }
    if (this.pending.length === 0 && t.t === 'word' && /^T./.test(t.v) && !this.names.has('T')) {
      // `w^Tw`: the transpose mark, then the rest of the letters.
      this.tokens[this.i] = { ...t, v: t.v.slice(1), at: t.at + 1 };
      return { k: 'T', a: base };
    }
    if (this.isOp('{') && isT(next) && this.tokens[this.i + 2]?.t === 'op') {
      const close = this.tokens[this.i + 2] as { v: string };
      if (close.v === '}') {
        this.i += 3;
        return { k: 'T', a: base };
      }
    }
    return this.enter(() => bin('pow', base, this.unary()));
  }

  private postfix(e: Expr): Expr {
    let out = e;
    while (this.isOp('ᵀ')) {
      this.i++;
      out = { k: 'T', a: out };
    }
    return out;
  }

  private primary(): Expr {
    return this.enter(() => {
      const atom = this.nextAtom();
      if (atom) {
        if (atom.kind === 'sym') return { k: 'sym', name: atom.name };
        return atom.kind === 'ones' ? { k: 'ones' } : this.call(atom.fn);
      }
      const t = this.take();
      if (t.t === 'num') {
        // `1_n`: the vector of ones, typed the way some books write it.
        if (t.v === 1 && this.isOp('_')) throw new FormulaError(ONES_SUBSCRIPT, this.peek().at);
        return num(t.v);
      }
      if (t.t === 'ones') {
        if (this.isOp('_')) throw new FormulaError(ONES_SUBSCRIPT, this.peek().at);
        return { k: 'ones' };
      }
      if (t.t === 'frac') {
        const top = this.fracArgument();
        return bin('div', top, this.fracArgument());
      }
      if (t.t === 'sqrt') return this.sqrt();
      if (t.t === 'op') {
        if (t.v === '√') return { k: 'call', fn: 'sqrt', a: this.power() };
        const close = { '(': ')', '[': ']', '{': '}' }[t.v];
        if (close) {
          const inner = this.sum();
          this.expectOp(close, `"${close}" to close the "${t.v}"`);
          return inner;
        }
        if (t.v === '|' || t.v === '‖') {
          this.bars++;
          const inner = this.sum();
          this.bars--;
          this.expectOp(t.v, `a closing "${t.v}"`);
          return { k: 'call', fn: t.v === '|' ? 'abs' : 'norm', a: inner };
        }
      }
      if (t.t === 'end') throw new FormulaError('it ends where something more was expected', t.at);
      throw new FormulaError(`unexpected ${describe(t)}`, t.at);
    });
  }

  /** `\frac{a}{b}`, or `\frac12` (one digit each). */
  private fracArgument(): Expr {
    const t = this.peek();
    if (t.t === 'num' && t.text.length > 1 && /^\d+$/.test(t.text)) {
      // `\frac12`: LaTeX takes one character as the argument.
      this.tokens.splice(
        this.i,
        1,
        { t: 'num', v: Number(t.text[0]), text: t.text[0]!, at: t.at },
        { t: 'num', v: Number(t.text.slice(1)), text: t.text.slice(1), at: t.at + 1 },
      );
    }
    if (this.isOp('{')) return this.primary();
    if (t.t === 'num' || t.t === 'word') return this.primary();
    throw new FormulaError('\\frac needs two parts in braces: \\frac{top}{bottom}', t.at);
  }

  private sqrt(): Expr {
    if (this.isOp('[')) {
      this.i++;
      const index = this.sum();
      this.expectOp(']', '"]" to close the root\'s index');
      const radicand = this.primary();
      return bin('pow', radicand, bin('div', num(1), index));
    }
    return { k: 'call', fn: 'sqrt', a: this.primary() };
  }

  /**
   * A function's argument: `(…)`, or without brackets the factors that follow (`\sin 2x` is
   * sin(2x), `\sin x\cos x` is sin(x)·cos(x)). `\sin^2 x` squares the result.
   */
  private call(fn: FunctionName): Expr {
    let power: Expr | null = null;
    if (this.isOp('^')) {
      this.i++;
      power = this.enter(() => this.unary());
      if (power.k === 'neg')
        throw new FormulaError(`${fn}^{-1} is ambiguous: write 1/${fn}(…) for the reciprocal`);
    }
    let prime = false;
    if (this.isOp('ᵀ')) {
      // σ'(z), tanh'(z): the derivative of an activation; others are written out.
      this.i++;
      if (fn !== 'sigma' && fn !== 'tanh')
        throw new FormulaError(`write the derivative of ${fn} out (for example, sin' is cos)`);
      prime = true;
    }
    let arg: Expr;
    if (this.isOp('(') || this.isOp('[') || this.isOp('{')) {
      // tanh(x)^2 squares tanh(x): the power after the bracket belongs to the call.
      arg = this.primary();
    } else if (this.startsFactor()) {
      arg = this.power();
      while (this.startsPlainFactor()) arg = bin('mul', arg, this.power());
    } else {
      throw new FormulaError(`${fn} needs an argument, like ${fn}(x)`, this.peek().at);
    }
    const applied: Expr = {
      k: 'call',
      fn: prime ? (fn === 'sigma' ? 'dsigma' : 'dtanh') : fn,
      a: arg,
    };
    return power ? bin('pow', applied, power) : applied;
  }

  /** A number, a symbol or 𝟏 next: part of an unbracketed function argument. */
  private startsPlainFactor(): boolean {
    const atom = this.peekAtom();
    if (atom) return atom.kind !== 'fn';
    return this.peek().t === 'num' || this.peek().t === 'ones';
  }

  private peekAtom(): Atom | null {
    if (this.pending.length) return this.pending[0]!;
    const t = this.peek();
    if (t.t !== 'word') return null;
    return this.split(t)[0]!;
  }

  /** The next name, splitting a run of letters into known names (`xy` → x, y). */
  private nextAtom(): Atom | null {
    if (this.pending.length) return this.pending.shift()!;
    const t = this.peek();
    if (t.t !== 'word') return null;
    this.i++;
    let atoms: Atom[];
    if (this.isOp('_')) {
      // A subscript belongs to the name before it: x_1, w_{ij}; in `ax_1` to the last letter.
      this.i++;
      const sub = this.subscript();
      const full = `${t.v}_${sub}`;
      const last = `${t.v.slice(-1)}_${sub}`;
      if (this.names.has(full)) atoms = [{ kind: 'sym', name: full }];
      else if (this.names.has(last))
        atoms = [...this.split({ ...t, v: t.v.slice(0, -1) }), { kind: 'sym', name: last }];
      else if (t.v.endsWith(ONES)) throw new FormulaError(ONES_SUBSCRIPT, t.at);
      else throw new FormulaError(unknownName(full, this.names), t.at);
    } else atoms = this.split(t);
    this.pending.push(...atoms.slice(1));
    return atoms[0] ?? null;
  }

  private subscript(): string {
    const t = this.take();
    if (t.t === 'num') return t.text;
    if (t.t === 'word') return t.v;
    if (t.t === 'op' && t.v === '{') {
      let text = '';
      for (let u = this.take(); !(u.t === 'op' && u.v === '}'); u = this.take()) {
        if (u.t === 'end') throw new FormulaError('a subscript is not closed with "}"', t.at);
        text += u.t === 'num' ? u.text : u.t === 'word' ? u.v : u.t === 'op' ? u.v : '';
      }
      return text;
    }
    throw new FormulaError('"_" needs a subscript after it', t.at);
  }

  private split(t: Token & { t: 'word' }): Atom[] {
    if (!t.v) return [];
    const resolve = (name: string): Atom | null => {
      if (this.names.has(name)) return { kind: 'sym', name };
      const fn = FUNCTION_ALIASES[name];
      if (fn) return { kind: 'fn', fn };
      if (CONSTANTS.includes(name)) return { kind: 'sym', name };
      if (name === ONES) return { kind: 'ones' };
      return null;
    };
    const whole = resolve(t.v);
    if (whole) return [whole];
    if (t.latex) throw new FormulaError(unknownName(`\\${t.v}`, this.names), t.at);
    const atoms: Atom[] = [];
    let at = 0;
    while (at < t.v.length) {
      let found: Atom | null = null;
      let length = t.v.length - at;
      for (; length > 0; length--) {
        found = resolve(t.v.slice(at, at + length));
        if (found) break;
      }
      if (!found) throw new FormulaError(unknownName(t.v, this.names), t.at);
      atoms.push(found);
      at += length;
    }
    return atoms;
  }
}

function unknownName(name: string, names: Set<string>): string {
  const known = [...names].sort();
  return `"${name}" is not a name this question knows${
    known.length ? ` (its symbols: ${known.join(', ')})` : ' (it takes a number)'
  }`;
}

function describe(t: Token): string {
  switch (t.t) {
    case 'num':
      return `number ${t.text}`;
    case 'word':
      return `"${t.v}"`;
    case 'op':
      return `"${t.v}"`;
    case 'end':
      return 'end of the formula';
    case 'frac':
      return '\\frac';
    case 'sqrt':
      return '\\sqrt';
    case 'T':
      return 'a transpose mark';
    case 'ones':
      return 'the vector of ones';
  }
}
