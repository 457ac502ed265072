import type { Diagnostic, GradeResult, TestResult } from '@slope/grader';

/** The key of a submission that passed every test (stored so it is not classified again). */
export const PASSED = 'none';

/** The key of a submission that could not be graded (syntax error, missing function, …). */
export const NOT_GRADABLE = 'format';

/**
 * A submission's main mistake as a short, stable key, so the same mistake made by different
 * learners (with different numbers) groups together: `gradient:scaled:×2`, `gradient:transposed`,
 * `gradient:wrong-components:[0]`, `timeout`, `format`, … or {@link PASSED}. The key of each
 * failing test is taken; the most common wins (ties: the first failing test's).
 *
 * @example diagnosisKey(result) // 'gradient:scaled:×2'
 */
export function diagnosisKey(result: GradeResult): string {
  if (!result.gradable) return NOT_GRADABLE;
  const keys = result.tests.filter((test) => !test.passed).map(testKey);
  if (keys.length === 0) return PASSED;
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  let best = keys[0]!;
  for (const key of keys) if (counts.get(key)! > counts.get(best)!) best = key;
  return best;
}

function testKey(test: TestResult): string {
  if (test.status !== 'failed') return test.status; // error, timeout, memory
  for (const diagnostic of test.diagnostics ?? []) {
    const key = diagnosticKey(diagnostic);
    if (key) return key;
  }
  if (test.diagnostics?.some((d) => d.kind === 'loss-curve')) return 'loss-curve';
  return 'wrong';
}

/** Notes on `close` checks carry @slope/numeric's sentence for a systematic mistake. */
const NOTE_PATTERNS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/wrong sign in every component/, () => 'gradient:wrong-sign'],
  [/is (\S+) the expected value/, (m) => `gradient:scaled:${m[1]}`],
  [/is the transpose of the expected/, () => 'gradient:transposed'],
  [/is all zeros/, () => 'gradient:zero'],
  [/contains (?:NaN|-?Infinity)/, () => 'gradient:not-finite'],
];

function diagnosticKey(diagnostic: Diagnostic): string | null {
  if (diagnostic.kind === 'gradient') {
    const d = diagnostic.diagnosis;
    if (d.ok || d.kind === 'correct') return null;
    if (d.kind === 'scaled') return `gradient:scaled:${d.scaleLabel ?? d.scale ?? '?'}`;
    if (d.kind === 'wrong-components' && d.wrongComponents && d.wrongComponents.length <= 3) {
      return `gradient:wrong-components:${d.wrongComponents.map((i) => `[${i.join(',')}]`).join('')}`;
    }
    return `gradient:${d.kind}`;
  }
  if (diagnostic.kind === 'note') {
    for (const [pattern, key] of NOTE_PATTERNS) {
      const match = pattern.exec(diagnostic.text);
      if (match) return key(match);
    }
  }
  return null;
}

export interface DiagnosisDescription {
  /** what the code does wrong, e.g. "gradient scaled by ×2" */
  label: string;
  /** the usual cause, to address in the next lecture */
  hint: string;
}

const GRADIENT: Record<string, DiagnosisDescription> = {
  'wrong-sign': {
    label: 'gradient has the wrong sign',
    hint: 'a flipped residual (y − ŷ instead of ŷ − y) or a step up the slope',
  },
  transposed: {
    label: 'gradient transposed',
    hint: 'X used where Xᵀ is needed, or the factors of a matrix product swapped',
  },
  zero: { label: 'gradient is all zeros', hint: 'returned before accumulating into it' },
  'not-finite': {
    label: 'NaN or Infinity in the gradient',
    hint: 'a division by zero, a log of 0 or an overflow',
  },
  'wrong-shape': {
    label: 'gradient has the wrong shape',
    hint: 'a gradient has the shape of its parameter',
  },
  'not-numbers': {
    label: 'returned something that is not numbers',
    hint: 'a missing return, or nested arrays of the wrong depth',
  },
  permuted: { label: 'components in the wrong places', hint: 'swapped indices' },
  shifted: { label: 'components shifted by one', hint: 'an off-by-one index' },
  'wrong-components': {
    label: 'some components wrong',
    hint: 'a term missing for some parameters',
  },
  wrong: { label: 'gradient wrong everywhere, no pattern', hint: 'a different formula' },
};

const OTHER: Record<string, DiagnosisDescription> = {
  format: {
    label: 'code did not run',
    hint: 'a syntax error or a function with the wrong name or parameters',
  },
  timeout: { label: 'ran out of time', hint: 'an infinite loop or a far too slow loop' },
  memory: { label: 'ran out of memory', hint: 'arrays growing without bound' },
  error: { label: 'threw an error', hint: 'an index out of range or an undefined value' },
  'loss-curve': {
    label: 'loss curve differs from the reference',
    hint: 'the update rule or the schedule',
  },
  wrong: { label: 'wrong values', hint: 'a different formula' },
  [PASSED]: { label: 'passed', hint: '' },
};

/**
 * Words for a {@link diagnosisKey}: what is wrong and the usual cause.
 *
 * @example describeDiagnosis('gradient:scaled:×2')
 * // { label: 'gradient scaled by ×2', hint: 'a constant factor counted twice …' }
 */
export function describeDiagnosis(key: string): DiagnosisDescription {
  if (!key.startsWith('gradient:')) return OTHER[key] ?? { label: key, hint: '' };
  const [, kind = '', detail] = key.split(':');
  if (kind === 'scaled') {
    const half = detail === '×½';
    return {
      label: `gradient scaled by ${detail}`,
      hint: half
        ? 'a missing factor: often the 2 from differentiating a square'
        : detail === '×2'
          ? 'a constant counted twice: often the 2 from the square applied twice, or a missing 1/n'
          : 'a missing or extra constant factor (the 2 from a square, a 1/n from a mean)',
    };
  }
  const base = GRADIENT[kind] ?? { label: `gradient: ${kind}`, hint: '' };
  if (kind === 'wrong-components' && detail) {
    return {
      label: `gradient wrong only in component${detail.includes('][') ? 's' : ''} ${detail}`,
      hint: base.hint,
    };
  }
  return base;
}
