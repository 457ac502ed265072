/** What is wrong with a gradient, from most to least specific. */
export type DiagnosisKind =
  | 'correct'
  | 'not-numbers'
  | 'wrong-shape'
  | 'transposed'
  | 'not-finite'
  | 'zero'
  | 'wrong-sign'
  | 'scaled'
  | 'shifted'
  | 'permuted'
  | 'wrong-components'
  | 'wrong';

/** A non-finite entry of the learner's gradient. */
export interface NonFiniteEntry {
  index: number[];
  value: 'NaN' | 'Infinity' | '-Infinity';
}

/** An entry of a permuted gradient: the value at `index` belongs at `expectedAt`. */
export interface MovedEntry {
  index: number[];
  expectedAt: number[];
}

/**
 * The structured verdict on a gradient (plain JSON: no NaN, no Infinity, no class instances),
 * plus a one-sentence `message` written for the learner.
 */
export interface GradientDiagnosis {
  /** True only for `kind: 'correct'`. */
  ok: boolean;
  kind: DiagnosisKind;
  message: string;
  expectedShape: number[];
  /** Null when the learner's value is not a rectangular array of numbers. */
  gotShape: number[] | null;
  /** Largest per-component relative error |got − expected| / max(|got|, |expected|); null if not comparable. */
  maxRelativeError: number | null;
  /** Multi-index of the largest relative error. */
  worstIndex: number[] | null;
  /** Per-component relative errors, flat in row-major order; null if not comparable. */
  relativeErrors: number[] | null;
  /** kind 'scaled' / 'wrong-sign': got ≈ scale · expected. */
  scale?: number;
  /** kind 'scaled': the factor as people write it, e.g. "×2", "×½", "×(−3)". */
  scaleLabel?: string;
  /** kind 'wrong-components': every wrong multi-index (the others are right). */
  wrongComponents?: number[][];
  /** kind 'not-finite'. */
  nonFinite?: NonFiniteEntry[];
  /** kind 'shifted': got[…, j] holds expected[…, j + shift] (an off-by-one index). */
  shift?: 1 | -1;
  /** kind 'permuted'. */
  moved?: MovedEntry[];
  /** kind 'not-numbers' / ragged 'wrong-shape': the first offending entry. */
  badEntry?: { index: number[]; detail: string };
}

/** Tolerances: a component is right when |got − expected| ≤ rtol·max(|got|,|expected|) + atol·max(1, max|expected|). */
export interface Tolerance {
  rtol?: number;
  atol?: number;
}
