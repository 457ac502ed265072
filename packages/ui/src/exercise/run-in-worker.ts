import type { GradeResult } from '@slope/grader/grade-result';
import type { ExampleResult, RunReport, RunRequest, WorkerMessage } from './types.ts';

export interface RunOptions {
  /** wall-clock limit for the whole run; the worker is terminated when it passes */
  timeLimitMs?: number;
  /** injectable for tests; defaults to the bundled `run-worker.ts` */
  createWorker?: () => Worker;
}

/** The pattern Next.js (Turbopack and webpack) and esbuild recognise and bundle. */
export function createRunWorker(): Worker {
  return new Worker(new URL('./run-worker.ts', import.meta.url), {
    type: 'module',
    name: 'slope-run',
  });
}

/**
 * Runs the public examples in a fresh Web Worker; a run that passes the time limit is stopped
 * (worker terminated) and the example it was on is reported as timed out.
 */
export function runInWorker(req: RunRequest, options: RunOptions = {}): Promise<RunReport> {
  const { timeLimitMs = 2000, createWorker = createRunWorker } = options;
  const started = performance.now();
  return new Promise((resolve) => {
    const done: ExampleResult[] = [];
    let worker: Worker;
    try {
      worker = createWorker();
    } catch (error) {
      resolve(failed(req, `Could not start the code runner: ${String(error)}`, started));
      return;
    }
    const finish = (report: RunReport) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(report);
    };
    const timer = setTimeout(() => {
      const examples = req.examples.map((e, i): ExampleResult => {
        const finished = done[i];
        if (finished) return finished;
        const expected = JSON.stringify(e.expected) ?? '';
        return i === done.length
          ? {
              name: e.name,
              status: 'timeout',
              expected,
              message: `Stopped after ${timeLimitMs} ms: is there a loop that never ends?`,
            }
          : {
              name: e.name,
              status: 'not-run',
              expected,
              message: 'Not run: an earlier example timed out.',
            };
      });
      finish({
        ok: true,
        examples,
        output: '',
        outputTruncated: false,
        timeMs: performance.now() - started,
      });
    }, timeLimitMs);
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const msg = event.data;
      if (msg.type === 'example') done[msg.index] = msg.result;
      else finish(msg.report);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      finish(failed(req, `The code runner failed: ${event.message || 'unknown error'}`, started));
    });
    worker.postMessage(req);
  });
}

function failed(req: RunRequest, message: string, started: number): RunReport {
  return {
    ok: false,
    formatError: { line: 0, column: 0, message },
    examples: req.examples.map((e) => ({
      name: e.name,
      status: 'not-run',
      expected: JSON.stringify(e.expected) ?? '',
      message: 'Not run.',
    })),
    output: '',
    outputTruncated: false,
    timeMs: performance.now() - started,
  };
}

/** Presents a local run in the same panel as a graded submission. */
export function runReportToGradeResult(report: RunReport): GradeResult {
  const tests = report.ok
    ? report.examples.map((e) => ({
        name: e.name,
        status: e.status === 'not-run' ? ('error' as const) : e.status,
        passed: e.status === 'passed',
        points: e.status === 'passed' ? 1 : 0,
        maxPoints: 1,
        message: e.message,
        ...(e.timeMs !== undefined ? { timeMs: e.timeMs } : {}),
        ...(e.status === 'failed' && e.got !== undefined
          ? { diagnostics: [{ kind: 'values' as const, expected: e.expected, got: e.got }] }
          : {}),
      }))
    : [];
  const passed = tests.filter((t) => t.passed).length;
  return {
    gradable: report.ok,
    score: tests.length ? passed / tests.length : 0,
    tests,
    ...(report.formatError
      ? { formatErrors: [{ file: 'submission.ts', ...report.formatError }] }
      : {}),
    ...(report.output ? { output: report.output, outputTruncated: report.outputTruncated } : {}),
    timeMs: report.timeMs,
  };
}
