/**
 * The tree a typed formula parses into. One tree for both ways of typing: MathLive's LaTeX
 * (`2x\sin x + x^{2}\cos x`) and plain text (`2*x*sin(x) + x^2*cos(x)`).
 */
export type Expr =
  | { k: 'num'; v: number }
  | { k: 'sym'; name: string }
  /**
   * A vector of ones (`\mathbf{1}`, `𝟏`, `ones`): its length is inferred from where it stands
   * (`Gᵀ𝟏` has as many entries as G has rows). Shape checking fills in `n`, the dimension name;
   * a tree is evaluated only once it is filled in.
   */
  | { k: 'ones'; n?: string }
  | { k: 'neg'; a: Expr }
  | { k: 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'had'; a: Expr; b: Expr }
  | { k: 'T'; a: Expr }
  | { k: 'call'; fn: FunctionName; a: Expr };

/** Functions a formula may call; elementwise ones keep the shape of their argument. */
export const FUNCTIONS = {
  sin: 'elementwise',
  cos: 'elementwise',
  tan: 'elementwise',
  exp: 'elementwise',
  ln: 'elementwise',
  sqrt: 'elementwise',
  abs: 'elementwise',
  sigma: 'elementwise',
  tanh: 'elementwise',
  /** σ′ and tanh′, typed `σ'(z)` and `tanh'(z)` */
  dsigma: 'elementwise',
  dtanh: 'elementwise',
  sign: 'elementwise',
  relu: 'elementwise',
  sum: 'reduce',
  mean: 'reduce',
  norm: 'reduce',
  trace: 'reduce',
  softmax: 'vector',
  diag: 'vector',
} as const;
export type FunctionName = keyof typeof FUNCTIONS;

export const num = (v: number): Expr => ({ k: 'num', v });
export const sym = (name: string): Expr => ({ k: 'sym', name });
export const bin = (k: 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'had', a: Expr, b: Expr): Expr => ({
  k,
  a,
  b,
});

/** Number of nodes: what bounds the work of evaluating a tree. */
export function size(e: Expr): number {
  switch (e.k) {
    case 'num':
    case 'sym':
    case 'ones':
      return 1;
    case 'neg':
    case 'T':
    case 'call':
      return 1 + size(e.a);
    default:
      return 1 + size(e.a) + size(e.b);
  }
}

/** Every symbol the tree names. */
export function symbolsOf(e: Expr, out = new Set<string>()): Set<string> {
  if (e.k === 'sym') out.add(e.name);
  else if (e.k !== 'num' && e.k !== 'ones') {
    symbolsOf(e.a, out);
    if ('b' in e) symbolsOf(e.b, out);
  }
  return out;
}

/** The top-level terms of a sum, each with its sign: `a − b + c` → [a, −b, c]. */
export function termsOf(e: Expr): Expr[] {
  if (e.k === 'add') return [...termsOf(e.a), ...termsOf(e.b)];
  if (e.k === 'sub') return [...termsOf(e.a), ...termsOf(e.b).map(negate)];
  return [e];
}

export function negate(e: Expr): Expr {
  return e.k === 'neg' ? e.a : { k: 'neg', a: e };
}

/** Rebuilds a sum from terms (the inverse of {@link termsOf}). */
export function sumOf(terms: Expr[]): Expr {
  if (terms.length === 0) return num(0);
  return terms
    .slice(1)
    .reduce<Expr>(
      (acc, t) => (t.k === 'neg' ? bin('sub', acc, t.a) : bin('add', acc, t)),
      terms[0]!,
    );
}
