import { shapesEqual, unravelIndex } from '../tensor/shape.ts';
import { Comparator, errorSummary, transposeFlat } from './compare.ts';
import { scaleLabel } from './format.ts';
import { messages } from './messages.ts';
import { findPermutation, findShift, isSimpleFactor, nonFiniteEntries } from './patterns.ts';
import { readExpected, readGradient } from './read-gradient.ts';
import type { GradientDiagnosis, MovedEntry, Tolerance } from './types.ts';

export interface CompareOptions extends Tolerance {
  /** Shape of `expected` when it is given flat. */
  expectedShape?: readonly number[];
  /** Shape of `got` when it is given flat (otherwise read from its nesting). */
  gotShape?: readonly number[];
  /**
   * The expected gradient is a hidden test's: messages then quote no expected value and no
   * error size (the structured fields stay, for the caller to coarsen before showing them).
   */
  hideValues?: boolean;
}

/**
 * Compare a gradient `got` (anything: nested arrays, possibly ragged or holding non-numbers, a
 * Tensor, a typed array) with a trusted `expected` gradient, component by component, and name
 * the mistake. Never throws on `got`; throws NumericInputError if `expected` itself is invalid.
 *
 * @example
 * compareGradients([[2, 4]], [[1, 2]]).kind        // 'scaled' (scaleLabel "×2")
 * compareGradients([1, 'x'], [1, 2]).message       // "Your gradient is not an array of numbers: …"
 */
export function compareGradients(
  got: unknown,
  expected: unknown,
  options: CompareOptions = {},
): GradientDiagnosis {
  const e = readExpected('compareGradients', expected, options.expectedShape);
  const parsed = readGradient(got, options.gotShape);
  const none = { maxRelativeError: null, worstIndex: null, relativeErrors: null };
  const verdict = (fields: Omit<GradientDiagnosis, 'ok' | 'expectedShape'>): GradientDiagnosis => ({
    ok: fields.kind === 'correct',
    expectedShape: e.shape,
    ...fields,
  });

  if (!parsed.ok) {
    const badEntry = { index: parsed.path, detail: parsed.detail };
    return parsed.reason === 'ragged'
      ? verdict({
          kind: 'wrong-shape',
          message: messages.ragged(parsed.path, parsed.detail, e.shape),
          gotShape: null,
          badEntry,
          ...none,
        })
      : verdict({
          kind: 'not-numbers',
          message: messages.notNumbers(parsed.path, parsed.detail),
          gotShape: null,
          badEntry,
          ...none,
        });
  }
  const g = parsed.data;
  const gotShape = parsed.shape;
  const cmp = new Comparator(e.data, options);

  if (!shapesEqual(gotShape, e.shape)) {
    const [rows, cols] = e.shape;
    const isTransposedShape =
      e.shape.length === 2 && gotShape.length === 2 && gotShape[0] === cols && gotShape[1] === rows;
    if (isTransposedShape && cmp.allClose(g, transposeFlat(e.data, rows!, cols!))) {
      return verdict({
        kind: 'transposed',
        message: messages.transposed(gotShape, e.shape),
        gotShape,
        ...none,
      });
    }
    const valuesRight = g.length === e.data.length && cmp.allClose(g, e.data);
    return verdict({
      kind: 'wrong-shape',
      message: messages.wrongShape(gotShape, e.shape, valuesRight),
      gotShape,
      ...none,
    });
  }

  const nonFinite = nonFiniteEntries(g, gotShape);
  if (nonFinite.length > 0) {
    return verdict({
      kind: 'not-finite',
      message: messages.notFinite(nonFinite),
      gotShape,
      nonFinite,
      ...none,
    });
  }

  const summary = errorSummary(g, e.data, e.shape);
  const common = { gotShape, ...summary };
  const wrong = cmp.mismatches(g, e.data);
  if (wrong.length === 0) {
    return verdict({
      kind: 'correct',
      message: messages.correct(options.hideValues ? null : summary.maxRelativeError),
      ...common,
    });
  }
  if (g.every((v) => v === 0))
    return verdict({ kind: 'zero', message: messages.zero(), ...common, scale: 0 });

  const negated = e.data.map((v) => -v);
  if (cmp.allClose(g, negated)) {
    return verdict({
      kind: 'wrong-sign',
      message: messages.wrongSign(),
      ...common,
      scale: -1,
      scaleLabel: '×(−1)',
    });
  }
  // Least-squares factor k = ⟨g, e⟩ / ⟨e, e⟩, then check g ≈ k·e everywhere.
  let ge = 0;
  let ee = 0;
  for (let i = 0; i < g.length; i++) {
    ge += g[i]! * e.data[i]!;
    ee += e.data[i]! * e.data[i]!;
  }
  const k = ge / ee;
  // With one component any wrong value is "a multiple", so only name simple factors (×2, ×½, ×3/2).
  const plausible = g.length > 1 || isSimpleFactor(k);
  if (
    ee > 0 &&
    Number.isFinite(k) &&
    plausible &&
    cmp.allClose(
      g,
      e.data.map((v) => k * v),
    )
  ) {
    const label = scaleLabel(k);
    return verdict({
      kind: 'scaled',
      message: messages.scaled(label),
      ...common,
      scale: k,
      scaleLabel: label,
    });
  }
  if (e.shape.length === 2 && e.shape[0] === e.shape[1] && e.shape[0]! > 1) {
    const n = e.shape[0]!;
    const eT = transposeFlat(e.data, n, n);
    if (cmp.allClose(g, eT)) {
      return verdict({
        kind: 'transposed',
        message: messages.transposed(gotShape, e.shape),
        ...common,
      });
    }
  }
  const shift = findShift(g, e.data, e.shape, cmp);
  if (shift !== null) {
    return verdict({
      kind: 'shifted',
      message: messages.shifted(shift, e.shape.length),
      ...common,
      shift,
    });
  }
  const target = findPermutation(g, e.data, wrong, cmp);
  if (target) {
    const moved = wrong.map((i, k2) => ({
      index: unravelIndex(i, e.shape),
      expectedAt: unravelIndex(target[k2]!, e.shape),
    })) satisfies MovedEntry[];
    return verdict({ kind: 'permuted', message: messages.permuted(moved), ...common, moved });
  }
  const wrongComponents = wrong.map((i) => unravelIndex(i, e.shape));
  if (wrong.length < g.length) {
    const first = options.hideValues ? null : { got: g[wrong[0]!]!, expected: e.data[wrong[0]!]! };
    return verdict({
      kind: 'wrong-components',
      message: messages.wrongComponents(wrongComponents, g.length, first),
      ...common,
      wrongComponents,
    });
  }
  const worst = summary.worstIndex;
  const flatWorst = worst.reduce((acc, v, i) => acc * e.shape[i]! + v, 0);
  return verdict({
    kind: 'wrong',
    message: messages.wrong(
      worst,
      options.hideValues
        ? null
        : { maxRel: summary.maxRelativeError, got: g[flatWorst]!, expected: e.data[flatWorst]! },
    ),
    ...common,
    wrongComponents,
  });
}
