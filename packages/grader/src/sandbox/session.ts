import type {
  QuickJSContext,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { HARNESS_LIB_SOURCE, HARNESS_SOURCE } from './harness-source.ts';

/** Max stack of learner code: QuickJS inside a worker thread crashes above ~256 KB. */
export const MAX_STACK_BYTES = 256 * 1024;
/** Captured console output per submission, in characters. */
export const OUTPUT_CAP = 8 * 1024;
/** Memory limit of a session opened ahead of its job (the job sets its own). */
const IDLE_MEMORY_BYTES = 16 * 1024 * 1024;

export interface SessionOptions {
  /** source served for `import … from '@slope/numeric'` */
  numericSource: string;
  /** the harness and its lazily compiled library, possibly minified (default: as written) */
  harnessSource?: string;
  harnessLibSource?: string;
}

/** Console output the harness hands over while a job runs. */
export interface SessionState {
  output: string;
  outputTruncated: boolean;
}

/**
 * A fresh QuickJS runtime and context with the harness loaded, for exactly one submission.
 * The worker opens the next one while it is idle, so a job does not wait for it.
 */
export interface Session {
  rt: QuickJSRuntime;
  ctx: QuickJSContext;
  /** the harness's `run` */
  run: QuickJSHandle;
  /** the harness's result record `R` (see harness-source.ts), read after the run */
  results: QuickJSHandle;
  state: SessionState;
  /** interrupt deadline (ms since epoch); set when the job starts */
  deadline: number;
  /** handles to dispose before the context */
  handles: QuickJSHandle[];
  keep: <T extends QuickJSHandle>(h: T) => T;
  dispose: () => boolean;
}

export function openSession(module: QuickJSWASMModule, options: SessionOptions): Session {
  const rt = module.newRuntime({
    memoryLimitBytes: IDLE_MEMORY_BYTES,
    maxStackSizeBytes: MAX_STACK_BYTES,
    moduleLoader: (name) =>
      name === '@slope/numeric'
        ? options.numericSource
        : { error: new Error(`only @slope/numeric can be imported, not "${name.slice(0, 100)}"`) },
  });
  const ctx = rt.newContext();
  const handles: QuickJSHandle[] = [];
  const keep = <T extends QuickJSHandle>(h: T): T => {
    handles.push(h);
    return h;
  };
  const state: SessionState = { output: '', outputTruncated: false };
  const session: Session = {
    rt,
    ctx,
    run: ctx.undefined,
    results: ctx.undefined,
    state,
    deadline: Date.now() + 5000,
    handles,
    keep,
    dispose: () => {
      try {
        for (const h of handles.reverse()) if (h.alive) h.dispose();
        ctx.dispose();
        rt.dispose();
        return true;
      } catch {
        // A runtime that cannot be freed cleanly leaks inside this worker's WASM memory.
        return false;
      }
    },
  };
  rt.setInterruptHandler(() => Date.now() > session.deadline);
  try {
    const write = keep(
      ctx.newFunction('write', (text, cut) => {
        const room = OUTPUT_CAP - state.output.length;
        if (room <= 0) return;
        const s = ctx.typeof(text) === 'string' ? ctx.getString(text) : '';
        state.output += s.slice(0, room);
        // \`cut\`: the harness left out part of the output (over the total or a case's share).
        if (s.length > room || (ctx.typeof(cut) === 'boolean' && ctx.dump(cut) === true)) {
          state.outputTruncated = true;
        }
      }),
    );
    const factory = keep(
      ctx.unwrapResult(ctx.evalCode(options.harnessSource ?? HARNESS_SOURCE, 'harness.js')),
    );
    const cap = keep(ctx.newNumber(OUTPUT_CAP));
    const lib = keep(ctx.newString(options.harnessLibSource ?? HARNESS_LIB_SOURCE));
    const made = keep(ctx.unwrapResult(ctx.callFunction(factory, ctx.undefined, write, cap, lib)));
    session.run = keep(ctx.getProp(made, 0));
    session.results = keep(ctx.getProp(made, 1));
  } catch (err) {
    session.dispose();
    throw err;
  }
  return session;
}
