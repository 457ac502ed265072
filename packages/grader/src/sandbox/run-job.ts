import type { QuickJSHandle, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { encodeArgs } from './bjson.ts';
import type { HeapBudget } from './heap-budget.ts';
import type {
  ArgSpec,
  CaseOutcome,
  CompiledJob,
  SandboxError,
  SandboxOutcome,
} from './protocol.ts';
import {
  classify,
  type Limit,
  memoryError,
  memoryMessage,
  readError,
  readReports,
  str,
} from './read-results.ts';
import { openSession, type Session, type SessionOptions } from './session.ts';
import { arityMatches, parseParams } from './signature.ts';

export { MAX_STACK_BYTES, OUTPUT_CAP } from './session.ts';

/** The harness's answer to the signature phase (JSON it wrote itself; null if unreadable). */
function parseInfo(text: string): { source?: unknown; found?: unknown } | null {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' ? v : null;
  } catch {
    return null;
  }
}

export interface RunJobResult {
  outcome: SandboxOutcome;
  /** the runtime hit a limit or could not be torn down cleanly: replace this worker */
  tainted: boolean;
}

export interface RunJobOptions extends SessionOptions {
  /** binary JSON header from probeBinaryJson: inputs are then decoded in C, not built in JS */
  bjsonPrefix?: Uint8Array | null;
  /** the worker's heap: it may grow by at most the job's memory limit while the job runs */
  heap?: HeapBudget;
}

/**
 * Runs one submission in a fresh QuickJS runtime and context: loads the learner's module
 * (serving `@slope/numeric` from `numericSource`), checks the entry's signature, then calls it
 * once per case inside a single sandbox entry call; the harness records each case as it ends.
 * The runtime is always disposed.
 */
export function runJob(
  module: QuickJSWASMModule,
  job: CompiledJob,
  options: RunJobOptions,
  /** a session opened ahead of time (fresh, never used); default: opened now */
  prepared?: Session,
): RunJobResult {
  const started = performance.now();
  let tainted = false;
  let session: Session;
  try {
    session = prepared ?? openSession(module, options);
  } catch (err) {
    return {
      outcome: {
        kind: 'crashed',
        status: 'error',
        message: `sandbox failure: ${String(err).slice(0, 300)}`,
        timeMs: performance.now() - started,
      },
      tainted: true,
    };
  }
  const { rt, ctx, keep, state, run } = session;
  const caseCount = (JSON.parse(job.spec) as unknown[]).length;
  rt.setMemoryLimit(job.memoryBytes);
  // QuickJS's limit counts allocations, not bytes (see heap-budget.ts): bound the bytes here.
  options.heap?.beginJob(job.memoryBytes);
  session.deadline = Date.now() + job.timeMs;
  const deadline = session.deadline;
  const io = () => ({
    output: state.output,
    outputTruncated: state.outputTruncated,
    timeMs: performance.now() - started,
  });
  // Nothing more of the learner's code may run while we read what it left (e.g. getters).
  // Reading copies strings inside QuickJS's heap, which a memory stop left full: lift the
  // limit, as only the host acts from here on.
  const stopSandbox = () => {
    rt.setInterruptHandler(() => true);
    rt.setMemoryLimit(-1);
  };
  const outOfHeap = () => options.heap?.refused() ?? false;

  let outcome: SandboxOutcome;
  try {
    const loaded = ctx.evalCode(job.code, 'submission.js', { type: 'module', strict: true });
    let ns: QuickJSHandle | undefined;
    let loadError: { status: Limit; error: SandboxError } | undefined;
    const fail = (h: QuickJSHandle) => {
      stopSandbox();
      const error = readError(ctx, keep(h));
      const status = classify(error, outOfHeap());
      loadError = { status, error: status === 'memory' ? memoryError(error) : error };
    };
    if (loaded.error) fail(loaded.error);
    else {
      ns = keep(loaded.value);
      let settled = ctx.getPromiseState(ns);
      if (settled.type === 'pending') {
        // Top-level await: run jobs until the module settles (bounded by the deadline).
        const drained = rt.executePendingJobs(100_000);
        if (drained.error) keep(drained.error);
        settled = ctx.getPromiseState(ns);
      }
      if (settled.type === 'fulfilled') {
        if (!settled.notAPromise) ns = keep(settled.value);
      } else if (settled.type === 'rejected') fail(settled.error);
      else {
        stopSandbox();
        const timedOut = Date.now() > deadline;
        loadError = {
          status: timedOut ? 'timeout' : 'error',
          error: {
            name: timedOut ? 'InternalError' : 'Error',
            message: timedOut
              ? 'interrupted'
              : 'the module never finished loading (top-level await)',
          },
        };
      }
    }

    if (loadError || !ns) {
      const le = loadError ?? { status: 'error' as const, error: { name: 'Error', message: '?' } };
      tainted = le.status === 'memory' || outOfHeap();
      outcome = { kind: 'load-error', status: le.status, error: le.error, ...io() };
    } else {
      const entry = keep(ctx.newString(job.entry));
      const max = keep(ctx.newNumber(job.maxOutputElements));
      // Phase 1: the signature.
      const inspected = ctx.callFunction(run, ctx.undefined, ns, entry, ctx.null, ctx.null, max);
      // Reading the exports ran learner code (getters, Proxies, patched intrinsics): a time-out
      // or memory stop there is named as such, not as a missing function.
      const stopped = inspected.error ? readError(ctx, keep(inspected.error)) : null;
      const info = inspected.error ? null : parseInfo(ctx.getString(keep(inspected.value)));
      const source: unknown = info?.source;
      const params = typeof source === 'string' ? parseParams(source) : null;
      const stopStatus = stopped ? classify(stopped, outOfHeap()) : 'error';
      if (stopped && stopStatus !== 'error') {
        stopSandbox();
        tainted = stopStatus === 'memory' || outOfHeap();
        const error = stopStatus === 'memory' ? memoryError(stopped) : stopped;
        outcome = { kind: 'load-error', status: stopStatus, error, ...io() };
      } else if (
        !info ||
        Array.isArray(info.found) ||
        !params ||
        !arityMatches(params, job.params.length)
      ) {
        stopSandbox();
        const found = Array.isArray(info?.found)
          ? (info.found as { name?: unknown; source?: unknown }[]).map((f) => ({
              name: str(f.name, 100),
              params: typeof f.source === 'string' ? parseParams(f.source) : null,
            }))
          : [{ name: job.entry, params }];
        outcome = { kind: 'signature', missing: Array.isArray(info?.found), found, ...io() };
      } else {
        // Phase 2: every case in one call.
        const spec = keep(ctx.newString(job.spec));
        const data = job.data;
        const prefix = options.bjsonPrefix;
        const layout = JSON.parse(job.spec) as ArgSpec[][];
        // The flat buffer enters the sandbox only when something is read from it there.
        const needsData = !prefix || layout.some((args) => args.some((a) => a.k === 't'));
        const buf = keep(
          ctx.newArrayBuffer(
            needsData
              ? data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)
              : new ArrayBuffer(0),
          ),
        );
        let decoded: QuickJSHandle = ctx.undefined;
        if (prefix) {
          let bytes: Uint8Array;
          if (job.inputs) {
            bytes = new Uint8Array(prefix.length + job.inputs.length);
            bytes.set(prefix);
            bytes.set(job.inputs, prefix.length);
          } else bytes = encodeArgs(prefix, layout, data);
          const raw = keep(ctx.newArrayBuffer(bytes.buffer as ArrayBuffer));
          decoded = keep(ctx.decodeBinaryJSON(raw));
        }
        const result = ctx.callFunction(run, ctx.undefined, ns, entry, spec, buf, max, decoded);
        stopSandbox();
        let stop: { status: Limit; error: SandboxError } | undefined;
        if (result.error) {
          const error = readError(ctx, keep(result.error));
          stop = { status: classify(error, outOfHeap()), error };
        } else keep(result.value);
        const reports = readReports(ctx, session.results, caseCount, outOfHeap());
        const cases: CaseOutcome[] = [];
        for (let i = 0; i < caseCount; i++) {
          const r = reports.cases.get(i);
          if (r) cases.push(r);
          else if (stop && i === reports.current) {
            cases.push(
              stop.status === 'error'
                ? { status: 'error', error: stop.error }
                : {
                    status: stop.status,
                    message:
                      stop.status === 'memory'
                        ? memoryMessage(stop.error)
                        : `${stop.error.name}: ${stop.error.message}`,
                  },
            );
          } else cases.push({ status: 'not-run', message: 'not run' });
        }
        // WASM memory never shrinks: after a memory bomb this worker is replaced.
        if (stop?.status === 'memory') tainted = true;
        if (cases.some((c) => c.status === 'memory') || outOfHeap()) tainted = true;
        outcome = { kind: 'ran', cases, ...io() };
      }
    }
  } catch (err) {
    tainted = true;
    const message = err instanceof Error ? err.message : String(err);
    outcome = {
      kind: 'crashed',
      status: /memory/i.test(message) ? 'memory' : 'error',
      message: `sandbox failure: ${message.slice(0, 300)}`,
      timeMs: performance.now() - started,
    };
  }
  if (!session.dispose()) tainted = true;
  options.heap?.endJob();
  return { outcome, tainted };
}
