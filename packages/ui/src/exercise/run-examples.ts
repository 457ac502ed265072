import { approxEqual, preview, toPlain } from './compare.ts';
import type { ExampleResult, RunReport, RunRequest } from './types.ts';

const MAX_OUTPUT = 4000;

export interface RunEnvironment {
  /** TypeScript → CommonJS JavaScript (sucrase in the worker) */
  transpile: (code: string) => string;
  /** the `@slope/numeric` module the learner may import */
  numeric: Record<string, unknown>;
  now?: () => number;
  /** called as each example finishes (the worker posts it, so a time-out knows where it was) */
  onExample?: (index: number, result: ExampleResult) => void;
}

/**
 * Compiles learner code and runs the public examples, in the current thread. The browser runs
 * it inside a Web Worker (`run-worker.ts`) that the page terminates on time-out; never call it
 * on the main thread with untrusted code.
 */
export function runExamples(req: RunRequest, env: RunEnvironment): RunReport {
  const now = env.now ?? (() => performance.now());
  const started = now();
  const lines: string[] = [];
  let outputLength = 0;
  let outputTruncated = false;
  const log =
    (prefix: string) =>
    (...args: unknown[]) => {
      const line =
        prefix + args.map((a) => (typeof a === 'string' ? a : preview(toPlain(a), 400))).join(' ');
      if (outputLength + line.length > MAX_OUTPUT) outputTruncated = true;
      else {
        lines.push(line);
        outputLength += line.length + 1;
      }
    };
  const fakeConsole = {
    log: log(''),
    info: log(''),
    debug: log(''),
    warn: log('warning: '),
    error: log('error: '),
  };
  const report = (
    partial: Omit<RunReport, 'output' | 'outputTruncated' | 'timeMs'>,
  ): RunReport => ({
    ...partial,
    output: lines.join('\n'),
    outputTruncated,
    timeMs: now() - started,
  });
  const notRun = (message: string): ExampleResult[] =>
    req.examples.map((e) => ({
      name: e.name,
      status: 'not-run',
      expected: preview(e.expected),
      message,
    }));

  let js: string;
  try {
    js = env.transpile(req.code);
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = String((error as Error).message ?? error).replace(/\s*\(\d+:\d+\)$/, '');
    return report({
      ok: false,
      formatError: { line: loc?.line ?? 0, column: (loc?.column ?? -1) + 1, message },
      examples: notRun('Not run: the code does not compile.'),
    });
  }

  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string) => {
    if (name === '@slope/numeric') return env.numeric;
    throw new Error(`Only '@slope/numeric' can be imported here, not '${name}'.`);
  };
  try {
    new Function('exports', 'require', 'module', 'console', js)(
      module.exports,
      require,
      module,
      fakeConsole,
    );
  } catch (error) {
    return report({
      ok: false,
      formatError: {
        line: 0,
        column: 0,
        message: `Your code threw while loading: ${describeError(error)}`,
      },
      examples: notRun('Not run: the module failed to load.'),
    });
  }
  const fn = module.exports[req.functionName];
  if (typeof fn !== 'function') {
    return report({
      ok: false,
      formatError: {
        line: 0,
        column: 0,
        message: `No exported function named \`${req.functionName}\`. Write \`export function ${req.functionName}(…)\`.`,
      },
      examples: notRun('Not run: the function is missing.'),
    });
  }

  const tensor = env.numeric.tensor as ((v: unknown) => unknown) | undefined;
  const examples = req.examples.map((example, index) => {
    const t0 = now();
    const expected = preview(example.expected);
    let result: ExampleResult;
    try {
      const args = example.args.map((arg, i) => {
        const type = req.params[i]?.type ?? '';
        if (type.startsWith('Tensor') && tensor) return tensor(arg);
        // The grader hands `float64array` parameters over as a flat Float64Array: do the same.
        if (type === 'Float64Array' && Array.isArray(arg))
          return Float64Array.from(arg.flat(Infinity) as number[]);
        return structuredClone(arg);
      });
      const got = toPlain((fn as (...a: unknown[]) => unknown)(...args));
      const passed = approxEqual(got, example.expected, req.tolerance);
      result = {
        name: example.name,
        status: passed ? 'passed' : 'failed',
        got: preview(got),
        expected,
        message: passed ? '' : 'The result differs from the expected value.',
        timeMs: now() - t0,
      };
    } catch (error) {
      result = {
        name: example.name,
        status: 'error',
        expected,
        message: describeError(error),
        timeMs: now() - t0,
      };
    }
    env.onExample?.(index, result);
    return result;
  });
  return report({ ok: true, examples });
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
