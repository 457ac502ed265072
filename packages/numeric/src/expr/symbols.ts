import { FormulaError } from './formula-error.ts';

/** A dimension: a name (`n`, `d`) or 1. */
export type Dim = string | 1;
/** Every value is a matrix: a scalar is 1×1, a vector `d` is a d×1 column. */
export interface Shape {
  r: Dim;
  c: Dim;
}
export const SCALAR: Shape = { r: 1, c: 1 };

export interface SymbolDecl {
  name: string;
  shape: Shape;
  /** a square matrix drawn symmetric (`A: d×d symmetric`) */
  symmetric: boolean;
  /**
   * how its values are drawn: `uniform` in `domain`, `one-hot` (a 1 at a random place, 0
   * elsewhere: a class target) or a `distribution` (positive entries adding up to 1); a matrix
   * draws each row so (one target per example)
   */
  values: SymbolValues;
  /** where its entries are sampled (uniform values only) */
  domain: [number, number];
}

export type SymbolValues = 'uniform' | 'one-hot' | 'distribution';

export const DEFAULT_DOMAIN: [number, number] = [-2, 2];

/**
 * Reads an author's declaration of a symbol: `scalar`, `d` (a vector with d entries), `n×d`
 * (or `n x d`), `d×d symmetric`, each optionally `in [a, b]`: where its entries are sampled
 * (default [-2, 2]). A target is `k one-hot` (a 1 at a random place, 0 elsewhere) or
 * `k distribution` (positive entries adding up to 1); `n×k one-hot` draws each row so.
 *
 * @example
 * declareSymbol('X', 'n×d') // { name: 'X', shape: { r: 'n', c: 'd' }, symmetric: false, … }
 */
export function declareSymbol(name: string, spec: string): SymbolDecl {
  if (!/^[A-Za-z]+(_[A-Za-z0-9]+)?$/.test(name))
    throw new FormulaError(`"${name}" is not a symbol name: use letters (x, w, lambda, x_1)`);
  const range = /\s+in\s+\[\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\]$/.exec(spec.trim());
  const text = range ? spec.trim().slice(0, range.index) : spec.trim();
  const domain: [number, number] = range ? [Number(range[1]), Number(range[2])] : DEFAULT_DOMAIN;
  if (!(domain[0] < domain[1]))
    throw new FormulaError(`${name}: the range [${domain[0]}, ${domain[1]}] is empty`);
  if (text === 'scalar')
    return { name, shape: SCALAR, symmetric: false, values: 'uniform', domain };
  const m =
    /^([A-Za-z]\w*|1)(?:\s*[×x*]\s*([A-Za-z]\w*|1))?(?:\s+(symmetric|one-hot|distribution))?$/.exec(
      text,
    );
  if (!m)
    throw new FormulaError(
      `${name}: "${spec}" is not a shape; write scalar, scalar in [a, b], d, n×d, d×d symmetric, k one-hot or k distribution`,
    );
  const r: Dim = m[1] === '1' ? 1 : m[1]!;
  const c: Dim = m[2] === undefined || m[2] === '1' ? 1 : m[2];
  const symmetric = m[3] === 'symmetric';
  if (symmetric && r !== c)
    throw new FormulaError(`${name}: only a square matrix can be symmetric, not ${spec}`);
  const values: SymbolValues = m[3] === 'one-hot' || m[3] === 'distribution' ? m[3] : 'uniform';
  if (values !== 'uniform') {
    if (r === 1 && c === 1)
      throw new FormulaError(`${name}: ${values} is for a vector or a matrix, like k ${values}`);
    if (range)
      throw new FormulaError(
        `${name}: a ${values} symbol takes no range; drop "in [${domain[0]}, ${domain[1]}]"`,
      );
  }
  return { name, shape: { r, c }, symmetric, values, domain };
}

/** The dimension names the declarations use (`n`, `d`): they are numbers in formulas too. */
export function dimensionsOf(symbols: readonly SymbolDecl[]): string[] {
  const dims = new Set<string>();
  for (const s of symbols)
    for (const d of [s.shape.r, s.shape.c]) if (typeof d === 'string') dims.add(d);
  return [...dims];
}

export const isScalar = (s: Shape) => s.r === 1 && s.c === 1;

/** `scalar`, `d-vector`, `row vector with d entries`, `n×d matrix`. */
export function describeShape(s: Shape): string {
  if (isScalar(s)) return 'a number';
  if (s.c === 1) return `a vector with ${s.r} entries`;
  if (s.r === 1) return `a row vector with ${s.c} entries`;
  return `${s.r}×${s.c}`;
}
