/**
 * Sandbox worker thread: instantiates the QuickJS WebAssembly module once, then runs one job
 * at a time, each in a fresh QuickJS runtime (see run-job.ts). Bundled to dist/worker.js (or,
 * from source, to node_modules/.cache) with the numeric bundle and harness inlined.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import {
  type CustomizeVariantOptions,
  newQuickJSWASMModuleFromVariant,
  newVariant,
} from 'quickjs-emscripten-core';
import { probeBinaryJson } from './bjson.ts';
import { compileBounded, formatOutcome, withLearnerLines } from './compile-job.ts';
import { createHeapBudget } from './heap-budget.ts';
import type { SandboxJob, SandboxOutcome } from './protocol.ts';
import { runJob } from './run-job.ts';
import { openSession, type Session } from './session.ts';

declare const __SLOPE_NUMERIC_SOURCE__: string;
declare const __SLOPE_HARNESS__: string;
declare const __SLOPE_HARNESS_LIB__: string;

export interface WorkerRequest {
  id: number;
  job: SandboxJob;
}

/** The nice value of sandbox threads (the host's is usually 0; 19 is the lowest priority). */
const SANDBOX_NICE = 10;
const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
lowerThisThreadsPriority();
const heap = createHeapBudget();
/**
 * Emscripten's stderr. Freeing a runtime that a memory stop left inconsistent makes QuickJS
 * abort with this assertion; `Session.dispose` then reports failure and the worker is retired
 * for it (see run-job.ts), so the line is noise that hid real failures in test output. Every
 * other line is printed.
 */
const RETIRED_FOR = /^Aborted\(Assertion failed: list_empty\(&rt->gc_obj_list\)/;
const printErr = (text: string) => {
  if (!RETIRED_FOR.test(text)) console.error(text);
};
const quickjs = await newQuickJSWASMModuleFromVariant(
  newVariant(variant, {
    wasmMemory: heap.memory,
    // Emscripten reads `printErr` from the module options; the typings leave it out.
    emscriptenModule: { printErr } as NonNullable<CustomizeVariantOptions['emscriptenModule']>,
  }),
);
const probe = quickjs.newContext();
const bjsonPrefix = probeBinaryJson(probe);
probe.dispose();
const options = {
  numericSource: __SLOPE_NUMERIC_SOURCE__,
  harnessSource: __SLOPE_HARNESS__,
  harnessLibSource: __SLOPE_HARNESS_LIB__,
  bjsonPrefix,
  heap,
};
// The next submission's runtime, context and harness are made while this worker is idle.
let next: Session | null = null;
const openNext = () => {
  try {
    next ??= openSession(quickjs, options);
  } catch {
    next = null;
  }
};
// After a job that tainted this worker, the pool replaces it: the job it posted behind (see
// pool.ts) is run by another worker, not here.
let retired = false;
// One job at a time, in the order posted (transpiling may wait for esbuild).
let queue = Promise.resolve();
port.on('message', (msg: WorkerRequest) => {
  queue = queue.then(() => handle(msg));
});

async function handle(msg: WorkerRequest): Promise<void> {
  if (retired) return;
  const { outcome, tainted } = await compileAndRun(msg.job);
  port?.postMessage({ type: 'done', id: msg.id, outcome, tainted });
  if (tainted) retired = true;
  else setImmediate(openNext);
}

/** Transpiles the learner's source here (see compile-job.ts), then runs it. */
async function compileAndRun(
  job: SandboxJob,
): Promise<{ outcome: SandboxOutcome; tainted: boolean }> {
  const started = performance.now();
  const compiled = await compileBounded(job.source);
  const { result } = compiled;
  if (!result.ok) {
    return { outcome: formatOutcome(result.errors, started), tainted: compiled.timedOut };
  }
  const session = next ?? undefined;
  next = null;
  const { source: _source, ...rest } = job;
  const ran = runJob(quickjs, { ...rest, code: result.code }, options, session);
  // The fast transpiler checks syntax less strictly than esbuild: let esbuild name the error.
  if (
    result.quick &&
    ran.outcome.kind === 'load-error' &&
    ran.outcome.error.name === 'SyntaxError'
  ) {
    const strict = await compileBounded(job.source, { strict: true });
    if (!strict.result.ok) {
      return {
        outcome: formatOutcome(strict.result.errors, started),
        tainted: ran.tainted || strict.timedOut,
      };
    }
  }
  return { outcome: withLearnerLines(ran.outcome, result.mappings), tainted: ran.tainted };
}
openNext();
port.postMessage({ type: 'ready' });

/**
 * Sandbox threads yield the CPU to the host's event loop (web requests, results, queue
 * locks): with every core busy grading, the host would otherwise wait for a time slice. On
 * Linux the nice value belongs to each thread, and 0 names the calling one; elsewhere it would
 * renice the whole process, so it is left alone.
 */
function lowerThisThreadsPriority() {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, SANDBOX_NICE);
  } catch {
    // not permitted here: run at the host's priority
  }
}
