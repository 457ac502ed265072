import type { FormatError } from '../grade-result.ts';
import { learnerLine } from '../transpile/source-map.ts';
import { type TranspileResult, transpileSubmission } from '../transpile/transpile.ts';
import { type SandboxOutcome, TRANSPILE_LIMIT_MS } from './protocol.ts';

/**
 * The transpile step of a job, as the sandbox worker runs it: learner code is untrusted from
 * the moment it arrives, so it is transpiled here, off the host's event loop, and bounded in
 * time (TRANSPILE_LIMIT_MS; esbuild cannot be interrupted, so the worker is then retired and
 * its esbuild service goes with it) and in output (MAX_TRANSPILED_CHARS). The host has
 * already refused oversized, non-UTF-8 and absurdly nested code (grade.ts).
 */
export interface Compiled {
  result: TranspileResult;
  /** the time limit ran out: retire this worker */
  timedOut: boolean;
}

export async function compileBounded(
  source: string,
  options: { strict?: boolean; limitMs?: number } = {},
): Promise<Compiled> {
  const limitMs = options.limitMs ?? TRANSPILE_LIMIT_MS;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Compiled>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          timedOut: true,
          result: {
            ok: false,
            errors: [
              {
                file: 'submission.ts',
                line: 0,
                column: 0,
                message: `Your code took more than ${limitMs / 1000} s to compile. Simplify it: very long or deeply nested expressions.`,
              },
            ],
          },
        }),
      limitMs,
    );
  });
  try {
    return await Promise.race([
      transpileSubmission(source, { strict: options.strict ?? false }).then(
        (result): Compiled => ({ result, timedOut: false }),
        (err: unknown): Compiled => ({
          timedOut: false,
          result: { ok: false, errors: [internalFormatError(err)] },
        }),
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function internalFormatError(err: unknown): FormatError {
  return {
    file: 'submission.ts',
    line: 0,
    column: 0,
    message: `Could not compile your code: ${String(err).slice(0, 300)}`,
  };
}

/** A format outcome: the code never ran. */
export const formatOutcome = (errors: FormatError[], started: number): SandboxOutcome => ({
  kind: 'format',
  errors,
  timeMs: performance.now() - started,
});

/**
 * The outcome with each error's line in the learner's source (from the transpiled code's
 * source map), so the host needs neither the map nor the transpiled code.
 */
export function withLearnerLines(outcome: SandboxOutcome, mappings: string): SandboxOutcome {
  const place = <E extends { stack?: string; line?: number }>(e: E): E => {
    const line = learnerLine(e.stack, mappings);
    return line === null ? e : { ...e, line };
  };
  if (outcome.kind === 'load-error') return { ...outcome, error: place(outcome.error) };
  if (outcome.kind === 'ran') {
    return {
      ...outcome,
      cases: outcome.cases.map((c) => (c.status === 'error' ? { ...c, error: place(c.error) } : c)),
    };
  }
  return outcome;
}
