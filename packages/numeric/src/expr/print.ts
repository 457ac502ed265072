import type { Expr } from './ast.ts';

/**
 * Prints a tree back for people: `toText` for messages (`2x·sin(x) + x²·cos(x)`), `toLatex`
 * for the preview of what was understood. Brackets only where precedence needs them.
 */

const PRECEDENCE: Record<Expr['k'], number> = {
  add: 1,
  sub: 1,
  mul: 2,
  div: 2,
  had: 2,
  neg: 3,
  pow: 4,
  T: 5,
  call: 6,
  num: 6,
  sym: 6,
  ones: 6,
};

const GREEK: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  eta: 'η',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  kappa: 'κ',
  rho: 'ρ',
  xi: 'ξ',
  pi: 'π',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  omega: 'ω',
};

export function formatConstant(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  return String(Number(v.toPrecision(6)));
}

/** A short plain rendering: `2x·sin(x) + x²·cos(x)`, `2Xᵀ(Xw − y)`. */
export function toText(e: Expr): string {
  const wrap = (child: Expr, min: number) =>
    PRECEDENCE[child.k] < min ? `(${toText(child)})` : toText(child);
  switch (e.k) {
    case 'num':
      return formatConstant(e.v);
    case 'sym':
      return GREEK[e.name] ?? e.name;
    case 'ones':
      return ONES_TEXT;
    case 'neg':
      return `−${wrap(e.a, 3)}`;
    case 'add':
      return `${toText(e.a)} + ${wrap(e.b, 2)}`;
    case 'sub':
      return `${toText(e.a)} − ${wrap(e.b, 2)}`;
    case 'mul': {
      const left = wrap(e.a, 2);
      const right = wrap(e.b, 3);
      // `2x`, `2(x + 1)`, `Xᵀ(Xw − y)`, `Gᵀ𝟏`, `𝟏ᵀG`: no dot where nothing is ambiguous.
      const tight =
        (e.a.k === 'num' && !/^[\d.]/.test(right)) ||
        (e.b.k !== 'num' && right.startsWith('(')) ||
        e.b.k === 'ones';
      return tight || (e.a.k !== 'num' && e.b.k === 'sym' && [...left].length <= 2)
        ? `${left}${right}`
        : `${left}·${right}`;
    }
    case 'div':
      return `${wrap(e.a, 2)}/${wrap(e.b, 3)}`;
    case 'had':
      return `${wrap(e.a, 2)} ⊙ ${wrap(e.b, 3)}`;
    case 'pow': {
      const base = wrap(e.a, 5);
      if (e.b.k === 'num' && e.b.v === 2) return `${base}²`;
      if (e.b.k === 'num' && e.b.v === 3) return `${base}³`;
      return `${base}^${wrap(e.b, 5)}`;
    }
    case 'T':
      return `${wrap(e.a, 5)}ᵀ`;
    case 'call':
      if (e.fn === 'abs') return `|${toText(e.a)}|`;
      if (e.fn === 'norm') return `‖${toText(e.a)}‖`;
      return `${TEXT_NAMES[e.fn] ?? e.fn}(${toText(e.a)})`;
  }
}

/** The vector of ones, printed: it reads back as the same (see tokens.ts). */
const ONES_TEXT = '𝟏';
const ONES_LATEX = '\\mathbf{1}';

const TEXT_NAMES: Partial<Record<string, string>> = { sigma: 'σ', dsigma: 'σ′', dtanh: 'tanh′' };
const LATEX_NAMES: Partial<Record<string, string>> = {
  sigma: '\\sigma',
  dsigma: "\\sigma'",
  dtanh: "\\tanh'",
};
const LATEX_FUNCTIONS = new Set(['sin', 'cos', 'tan', 'exp', 'ln', 'tanh']);

/** LaTeX of the tree, for MathLive's renderer: `2x\sin\left(x\right)+x^{2}\cos\left(x\right)`. */
export function toLatex(e: Expr): string {
  const wrap = (child: Expr, min: number) =>
    PRECEDENCE[child.k] < min ? `\\left(${toLatex(child)}\\right)` : toLatex(child);
  switch (e.k) {
    case 'num':
      return formatConstant(e.v);
    case 'sym': {
      const [base, sub] = e.name.split('_', 2) as [string, string | undefined];
      const head = GREEK[base] ? `\\${base}` : base;
      return sub === undefined ? head : `${head}_{${sub}}`;
    }
    case 'ones':
      return ONES_LATEX;
    case 'neg':
      return `-${wrap(e.a, 3)}`;
    case 'add':
      return `${toLatex(e.a)}+${wrap(e.b, 2)}`;
    case 'sub':
      return `${toLatex(e.a)}-${wrap(e.b, 2)}`;
    case 'mul': {
      const right = wrap(e.b, 3);
      const dot = e.b.k === 'num' || (e.a.k !== 'num' && e.b.k === 'neg');
      return `${wrap(e.a, 2)}${dot ? '\\cdot ' : ' '}${right}`;
    }
    case 'div':
      return `\\frac{${toLatex(e.a)}}{${toLatex(e.b)}}`;
    case 'had':
      return `${wrap(e.a, 2)}\\odot ${wrap(e.b, 3)}`;
    case 'pow':
      if (e.b.k === 'div' && e.b.a.k === 'num' && e.b.a.v === 1 && e.b.b.k === 'num')
        return e.b.b.v === 2 ? `\\sqrt{${toLatex(e.a)}}` : `\\sqrt[${e.b.b.v}]{${toLatex(e.a)}}`;
      return `${wrap(e.a, 5)}^{${toLatex(e.b)}}`;
    case 'T':
      return `${wrap(e.a, 5)}^{\\top}`;
    case 'call': {
      const inner = toLatex(e.a);
      if (e.fn === 'abs') return `\\left|${inner}\\right|`;
      if (e.fn === 'norm') return `\\left\\lVert ${inner}\\right\\rVert`;
      if (e.fn === 'sqrt') return `\\sqrt{${inner}}`;
      const name = LATEX_FUNCTIONS.has(e.fn)
        ? `\\${e.fn}`
        : (LATEX_NAMES[e.fn] ?? `\\operatorname{${e.fn}}`);
      return `${name}\\left(${inner}\\right)`;
    }
  }
}
