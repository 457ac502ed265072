import { Comparator, compareGradients } from '@slope/numeric';
import type { Check } from '../exercise/tests-api.ts';
import {
  type Diagnostic,
  type GradientDiagnosis,
  gradientDiagnosisSchema,
} from '../grade-result.ts';
import type { OutputProblem } from '../sandbox/protocol.ts';
import { derived, describeErrorMagnitude, hiddenDiagnosis } from './disclosure.ts';
import { formatIndex, type Numeric, preview, toNested, unravel } from './values.ts';

export interface Verdict {
  passed: boolean;
  message: string;
  diagnostics: Diagnostic[];
}

const DEFAULT_RTOL = 1e-6;
const DEFAULT_ATOL = 1e-9;

/**
 * The tolerance a check judges numbers with (its rtol/atol, or the defaults), under
 * `@slope/numeric`'s one rule (`Comparator`). Run in the browser is given the same, so a value
 * that passes Run passes Submit.
 */
export function toleranceOf(check: Check): { rtol: number; atol: number } {
  const own: { rtol?: number; atol?: number } = check.kind === 'shape' ? {} : check;
  return { rtol: own.rtol ?? DEFAULT_RTOL, atol: own.atol ?? DEFAULT_ATOL };
}
const MAX_SERIES = 200;

const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);
const shapeText = (s: readonly number[]) =>
  s.length === 0 ? 'a number' : `shape [${s.join(', ')}]`;
const fmt = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(6)).toString() : String(v));

/**
 * A diagnosis the UI can render, as a hidden case may show it (disclosure.ts), or null if
 * numeric produced something off-contract.
 */
function gradientDiagnostic(d: GradientDiagnosis): Diagnostic | null {
  const parsed = gradientDiagnosisSchema.safeParse(hiddenDiagnosis(d));
  return parsed.success ? { kind: 'gradient', diagnosis: parsed.data } : null;
}

/** |got − expected| / max(|got|, |expected|), as the tolerance test measures it. */
function relative(g: number, e: number): number {
  const scale = Math.max(Math.abs(g), Math.abs(e));
  const rel = scale === 0 ? 0 : Math.abs(g - e) / scale;
  return Number.isNaN(rel) ? Number.POSITIVE_INFINITY : rel;
}

/** The largest relative error over the entries `at`. */
function largestRelativeError(got: Float64Array, expected: Float64Array, at: number[]): number {
  let worst = 0;
  for (const i of at) worst = Math.max(worst, relative(got[i]!, expected[i]!));
  return worst;
}

function checkClose(got: Numeric, expected: Numeric, rtol: number, atol: number): Verdict {
  if (!sameShape(got.shape, expected.shape)) {
    return {
      passed: false,
      message: `Your output has ${shapeText(got.shape)}; expected ${shapeText(expected.shape)}.`,
      diagnostics: [{ kind: 'values', got: preview(got) }],
    };
  }
  const wrong = new Comparator(expected.values, { rtol, atol }).mismatches(
    got.values,
    expected.values,
  );
  const tolerance = `rtol ${rtol}, atol ${atol}`;
  if (wrong.length === 0) {
    return { passed: true, message: 'Correct.', diagnostics: [] };
  }
  const first = wrong[0]!;
  const where =
    expected.shape.length === 0 ? '' : ` at ${formatIndex(unravel(first, expected.shape))}`;
  const more = wrong.length > 1 ? `; ${wrong.length - 1} more entries are wrong too` : '';
  const size = describeErrorMagnitude(largestRelativeError(got.values, expected.values, wrong));
  const diagnostics: Diagnostic[] = [{ kind: 'values', got: preview(got), tolerance }];
  // Name a systematic mistake (×2, sign, transposed) when there is one.
  try {
    const d = compareGradients(got.values, expected.values, {
      gotShape: got.shape.length ? got.shape : [1],
      expectedShape: expected.shape.length ? expected.shape : [1],
      rtol,
      atol,
      hideValues: true,
    });
    if (['wrong-sign', 'scaled', 'transposed', 'zero', 'not-finite'].includes(d.kind)) {
      diagnostics.push({ kind: 'note', text: d.message });
    }
  } catch {
    // no hint
  }
  return {
    passed: false,
    message: `Wrong value${where}: you returned ${fmt(got.values[first]!)}, off by ${size} (relative)${more}.`,
    diagnostics,
  };
}

function checkGradient(got: Numeric, expected: Numeric, rtol: number, atol: number): Verdict {
  const d = compareGradients(got.values, expected.values, {
    gotShape: got.shape,
    expectedShape: expected.shape,
    rtol,
    atol,
    hideValues: true,
  });
  const diag = gradientDiagnostic(d);
  return { passed: d.ok, message: d.message, diagnostics: diag ? [diag] : [] };
}

function series(name: string, values: readonly number[]) {
  const step = Math.max(1, Math.ceil(values.length / MAX_SERIES));
  const out: (number | null)[] = [];
  for (let i = 0; i < values.length; i += step) {
    const v = values[i]!;
    out.push(Number.isFinite(v) ? v : null);
  }
  const last = values.at(-1);
  if ((values.length - 1) % step !== 0 && last !== undefined)
    out.push(Number.isFinite(last) ? last : null);
  return { name, values: out };
}

function checkConvergence(
  check: Extract<Check, { kind: 'convergence' }>,
  got: Numeric,
  expected: Numeric,
  args: unknown[],
): Verdict {
  if (!sameShape(got.shape, expected.shape)) {
    const [steps, d] = expected.shape;
    return {
      passed: false,
      message: `Your trajectory has ${shapeText(got.shape)}; expected ${steps} rows (one per step, the start included) of ${d} numbers.`,
      diagnostics: [],
    };
  }
  const yours = check.loss(toNested(got) as number[][], args);
  const ref = check.loss(toNested(expected) as number[][], args);
  const positive = [...yours, ...ref].every((v) => Number.isFinite(v) && v > 0);
  const diagnostics: Diagnostic[] = [
    {
      kind: 'loss-curve',
      title: 'Loss per step',
      series: [series('your loss', yours), series('reference', ref.map(derived))],
      ...(positive ? { logScale: true } : {}),
    },
  ];
  const cmp = new Comparator(ref, toleranceOf(check));
  const close = (g: number, e: number) => Number.isFinite(g) && cmp.close(g, e);
  const finalYours = yours.at(-1) ?? Number.NaN;
  const finalRef = ref.at(-1) ?? Number.NaN;
  const firstBad = yours.findIndex((v) => !Number.isFinite(v));
  if (firstBad >= 0) {
    return {
      passed: false,
      message: `Your loss became ${yours[firstBad]} at step ${firstBad}: the iteration diverged or produced NaN.`,
      diagnostics,
    };
  }
  if (check.match === 'curve') {
    const step = yours.findIndex((v, i) => !close(v, ref[i]!));
    if (step >= 0) {
      return {
        passed: false,
        message: `At step ${step} your loss is ${fmt(yours[step]!)}, off by ${describeErrorMagnitude(relative(yours[step]!, ref[step]!))} (relative) from following the update rule.`,
        diagnostics,
      };
    }
  } else if (!(finalYours <= finalRef || close(finalYours, finalRef))) {
    return {
      passed: false,
      message: `Your final loss is ${fmt(finalYours)}; it should reach about ${derived(finalRef)}.`,
      diagnostics,
    };
  }
  return { passed: true, message: `Converged: final loss ${fmt(finalYours)}.`, diagnostics };
}

/**
 * Judges one output against the reference's output on the host; `args` presents the case's
 * arguments (only convergence checks need them).
 */
export function judge(
  check: Check,
  got: Numeric,
  expected: Numeric,
  args: () => unknown[],
): Verdict {
  switch (check.kind) {
    case 'close': {
      const { rtol, atol } = toleranceOf(check);
      return checkClose(got, expected, rtol, atol);
    }
    case 'gradient': {
      const { rtol, atol } = toleranceOf(check);
      return checkGradient(got, expected, rtol, atol);
    }
    case 'shape':
      return sameShape(got.shape, expected.shape)
        ? { passed: true, message: 'Right shape.', diagnostics: [] }
        : {
            passed: false,
            message: `Your output has ${shapeText(got.shape)}; expected ${shapeText(expected.shape)}.`,
            diagnostics: [],
          };
    case 'convergence':
      return checkConvergence(check, got, expected, args());
  }
}

/** Verdict for an output that could not be read as numbers (reported by the sandbox). */
export function judgeProblem(check: Check, problem: OutputProblem, expected: Numeric): Verdict {
  const message = `Your function's output could not be used: ${problem.message}.`;
  if (check.kind === 'gradient' && (problem.kind === 'not-numbers' || problem.kind === 'ragged')) {
    const diag = gradientDiagnostic({
      ok: false,
      kind: problem.kind === 'ragged' ? 'wrong-shape' : 'not-numbers',
      message,
      expectedShape: expected.shape,
      gotShape: null,
      maxRelativeError: null,
      worstIndex: null,
      relativeErrors: null,
      ...(problem.path ? { badEntry: { index: problem.path, detail: problem.message } } : {}),
    });
    return { passed: false, message, diagnostics: diag ? [diag] : [] };
  }
  return { passed: false, message, diagnostics: [] };
}
