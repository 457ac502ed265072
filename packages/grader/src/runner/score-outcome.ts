import type { Exercise } from '../exercise/load-exercise.ts';
import {
  type GradeResult,
  gradeResultSchema,
  type TestResult,
  type TestStatus,
} from '../grade-result.ts';
import type { SandboxError, SandboxOutcome } from '../sandbox/protocol.ts';
import { formatSignature } from '../sandbox/signature.ts';
import { SUBMISSION_FILE } from '../transpile/transpile.ts';
import { judge, judgeProblem } from './check.ts';
import type { PreparedCases } from './prepare.ts';

const round = (v: number) => Math.round(v * 1e9) / 1e9;

function errorText(e: SandboxError): string {
  const hint = /stack overflow|call stack/i.test(e.message)
    ? ' Is a recursion missing its base case?'
    : '';
  return `Your code threw ${e.name}: ${e.message}${e.line ? ` (line ${e.line})` : ''}.${hint}`;
}

function limitText(status: 'timeout' | 'memory', exercise: Exercise): string {
  const { timeMs, memoryMb } = exercise.manifest.limits;
  return status === 'timeout'
    ? `Time limit reached in this test (${timeMs} ms for all tests together). Look for an infinite loop or very slow code.`
    : `Memory limit (${memoryMb} MB) reached in this test. Look for arrays or strings that grow without bound.`;
}

/**
 * Turns what the sandbox reported into the GradeResult contract: per-test status, points,
 * message and diagnostics, checked on the host against the reference's outputs.
 */
export function scoreOutcome(
  exercise: Exercise,
  prepared: PreparedCases,
  outcome: SandboxOutcome,
  started: number,
): GradeResult {
  const { manifest } = exercise;
  const totalWeight = prepared.cases.reduce((s, c) => s + c.weight, 0);
  const maxOf = (w: number) => round((manifest.points * w) / totalWeight);
  const io =
    'output' in outcome && outcome.output
      ? { output: outcome.output, ...(outcome.outputTruncated ? { outputTruncated: true } : {}) }
      : {};

  if (outcome.kind === 'format') {
    return finalize(
      { gradable: false, score: 0, tests: [], formatErrors: outcome.errors },
      started,
    );
  }
  if (outcome.kind === 'signature') {
    const { name, params } = manifest.signature;
    const expected = formatSignature(
      name,
      params.map((p) => p.name),
    );
    const fns = outcome.found.filter((f) => f.params !== null);
    const same = outcome.found.find((f) => f.name === name);
    const found = same?.params
      ? `\`${formatSignature(same.name, same.params)}\``
      : same
        ? `\`${name}\` is not a function`
        : fns[0]
          ? `\`${formatSignature(fns[0].name, fns[0].params)}\``
          : outcome.found.length > 0
            ? `no exported function (exports: ${outcome.found.map((f) => f.name).join(', ')})`
            : 'no exports: add `export` before your function';
    return finalize(
      {
        gradable: false,
        score: 0,
        tests: [],
        formatErrors: [
          {
            file: SUBMISSION_FILE,
            line: 0,
            column: 0,
            message: `expected \`${expected}\`; found ${found}`,
          },
        ],
        ...io,
      },
      started,
    );
  }

  const make = (
    i: number,
    status: TestStatus,
    message: string,
    extra: Partial<TestResult> = {},
  ): TestResult => {
    const c = prepared.cases[i]!;
    return {
      name: c.name,
      status,
      passed: status === 'passed',
      points: status === 'passed' ? maxOf(c.weight) : 0,
      maxPoints: maxOf(c.weight),
      message,
      ...extra,
    };
  };

  let tests: TestResult[];
  if (outcome.kind === 'load-error') {
    const first =
      outcome.status === 'error'
        ? `Your module threw while loading (top-level code): ${errorText(outcome.error).replace(/^Your code threw /, '')}`
        : `${limitText(outcome.status, exercise)} It happened before any test ran, while loading your module or reading its exports (top-level code, getters, Proxies).`;
    tests = prepared.cases.map((_, i) =>
      make(i, outcome.status, i === 0 ? first : 'Not run: your module failed to load.'),
    );
  } else if (outcome.kind === 'crashed') {
    tests = prepared.cases.map((_, i) =>
      make(
        i,
        outcome.status,
        outcome.status === 'error'
          ? `The sandbox failed: ${outcome.message}.`
          : `${limitText(outcome.status, exercise)} (${outcome.message})`,
      ),
    );
  } else {
    // The time-out or memory limit that stopped each case's shard (the last one before it).
    let lastStop = -1;
    const stoppedBy = outcome.cases.map((c, i) => {
      if (c.status === 'timeout' || c.status === 'memory') lastStop = i;
      return lastStop;
    });
    tests = outcome.cases.map((c, i) => {
      const pc = prepared.cases[i]!;
      switch (c.status) {
        case 'ok': {
          let verdict: ReturnType<typeof judge>;
          try {
            verdict = judge(pc.check, { shape: c.shape, values: c.values }, pc.expected, pc.args);
          } catch (err) {
            // The exercise's checker (e.g. a convergence loss) failed on this output.
            return make(
              i,
              'error',
              `The checker could not judge your output: ${String(err).slice(0, 300)}.`,
            );
          }
          return make(i, verdict.passed ? 'passed' : 'failed', verdict.message, {
            ...(verdict.diagnostics.length ? { diagnostics: verdict.diagnostics } : {}),
            timeMs: c.timeMs,
          });
        }
        case 'output': {
          const verdict = judgeProblem(pc.check, c.problem, pc.expected);
          const status = ['getter', 'too-deep', 'too-large'].includes(c.problem.kind)
            ? 'error'
            : 'failed';
          return make(
            i,
            status,
            verdict.message,
            verdict.diagnostics.length ? { diagnostics: verdict.diagnostics } : {},
          );
        }
        case 'error':
          return make(i, 'error', errorText(c.error));
        case 'timeout':
        case 'memory':
          return make(i, c.status, limitText(c.status, exercise));
        default: {
          const at = stoppedBy[i]!;
          const stop = at >= 0 ? (outcome.cases[at] as { status: 'timeout' | 'memory' }) : null;
          return make(
            i,
            stop?.status ?? 'error',
            stop
              ? `Not run: the submission stopped in test "${prepared.cases[at]!.name}" (${stop.status}).`
              : 'Not run.',
          );
        }
      }
    });
  }
  const points = tests.reduce((s, t) => s + t.points, 0);
  const max = tests.reduce((s, t) => s + t.maxPoints, 0);
  return finalize(
    { gradable: true, score: max > 0 ? Math.min(1, Math.max(0, points / max)) : 0, tests, ...io },
    started,
  );
}

export function finalize(result: Omit<GradeResult, 'timeMs'>, started: number): GradeResult {
  return gradeResultSchema.parse({ ...result, timeMs: performance.now() - started });
}
