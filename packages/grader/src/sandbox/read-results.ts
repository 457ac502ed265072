import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import type { CaseOutcome, OutputProblem, SandboxError } from './protocol.ts';

/** Reading what the sandbox left behind: errors and per-case reports (all untrusted). */

export type Limit = 'error' | 'timeout' | 'memory';

export function classify(
  error: SandboxError,
  /** the worker's heap refused to grow during this job (see heap-budget.ts) */
  outOfHeap = false,
): Limit {
  if (error.name === 'InternalError' && /interrupted/i.test(error.message)) return 'timeout';
  if (/out of memory/i.test(error.message)) return 'memory';
  // With no memory left for its "out of memory" error, QuickJS throws `null` instead.
  if (outOfHeap && error.name === 'thrown value' && error.message === 'null') return 'memory';
  return 'error';
}

/** A memory stop's error: QuickJS's own, or its words for the `null` it threw instead. */
export const memoryError = (error: SandboxError): SandboxError =>
  error.name === 'thrown value' ? { name: 'InternalError', message: 'out of memory' } : error;

/** What a memory stop says. */
export const memoryMessage = (error: SandboxError): string => {
  const e = memoryError(error);
  return `${e.name}: ${e.message}`;
};

/** Keeps only the stack frames inside the learner's module. */
function learnerFrames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack
    .split('\n')
    .filter((l) => l.includes('submission.js'))
    .slice(0, 5)
    .map((l) => l.trim().slice(0, 200));
  return frames.length > 0 ? frames.join('\n') : undefined;
}

/** Reads an error that escaped the harness (no sandbox code runs: the interrupt is forced on). */
export function readError(ctx: QuickJSContext, handle: QuickJSHandle): SandboxError {
  if (ctx.sameValue(handle, ctx.null)) return { name: 'thrown value', message: 'null' };
  if (ctx.typeof(handle) !== 'object') return { name: 'thrown value', message: ctx.typeof(handle) };
  const field = (key: string): string | undefined => {
    const h = ctx.getProp(handle, key);
    try {
      return ctx.typeof(h) === 'string' ? ctx.getString(h).slice(0, 1000) : undefined;
    } finally {
      h.dispose();
    }
  };
  const stack = learnerFrames(field('stack'));
  return {
    name: field('name') ?? 'Error',
    message: field('message') ?? '',
    ...(stack ? { stack } : {}),
  };
}

const problemKinds = new Set(['type', 'not-numbers', 'ragged', 'too-deep', 'too-large', 'getter']);
export const str = (v: unknown, max = 1000): string =>
  typeof v === 'string' ? v.slice(0, max) : '';

/** What the harness left in its result record `R` (see harness-source.ts). */
export interface Reports {
  /** the case running when the run ended (or the last one started); -1 before any */
  current: number;
  /** the finished cases' outcomes, by case index */
  cases: Map<number, CaseOutcome>;
}

const MALFORMED: CaseOutcome = {
  status: 'error',
  error: { name: 'Error', message: 'malformed result' },
};

/**
 * Reads the harness's result record once the run has ended (normally, by a time-out or by a
 * memory stop). Only plain data is read: no sandbox code may run any more.
 */
export function readReports(
  ctx: QuickJSContext,
  record: QuickJSHandle,
  caseCount: number,
  /** the worker's heap refused to grow during this job */
  outOfHeap = false,
): Reports {
  const prop = <T>(key: string, read: (h: QuickJSHandle) => T | undefined): T | undefined => {
    const h = ctx.getProp(record, key);
    try {
      return read(h);
    } catch {
      return undefined;
    } finally {
      h.dispose();
    }
  };
  const number = (h: QuickJSHandle) => (ctx.typeof(h) === 'number' ? ctx.getNumber(h) : undefined);
  const c = prop('c', number);
  const current = Number.isInteger(c) && c! >= 0 && c! < caseCount ? c! : -1;
  const text = prop('m', (h) => (ctx.typeof(h) === 'string' ? ctx.getString(h) : undefined)) ?? '';
  const used = prop('n', number) ?? 0;
  // (QuickJS cannot hand over an empty ArrayBuffer: nothing to read then.)
  const values =
    used === 0
      ? new Float64Array(0)
      : prop('b', (h) => {
          const view = ctx.getArrayBuffer(h);
          try {
            const bytes = view.value;
            return bytes.byteLength % 8 === 0 ? new Float64Array(bytes.slice().buffer) : undefined;
          } finally {
            view.dispose();
          }
        });
  const cases = new Map<number, CaseOutcome>();
  for (const line of text.split('\n', caseCount)) {
    let m: Record<string, unknown>;
    try {
      m = (JSON.parse(line) ?? {}) as Record<string, unknown>;
    } catch {
      continue;
    }
    const i = m.i;
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= caseCount) continue;
    cases.set(i, readCase(m, values, used, outOfHeap));
  }
  return { current, cases };
}

/** One finished case's line from the harness (untrusted: learner code shares its context). */
export function readCase(
  m: Record<string, unknown>,
  /** every output value of the run; the case's own start at `m.o` */
  all: Float64Array | undefined,
  used: number,
  outOfHeap = false,
): CaseOutcome {
  if (m.e && typeof m.e === 'object') {
    const e = m.e as Record<string, unknown>;
    const error: SandboxError = { name: str(e.name, 100), message: str(e.message) };
    const stack = learnerFrames(e.stack);
    if (stack) error.stack = stack;
    const kind = classify(error, outOfHeap);
    return kind === 'memory'
      ? { status: 'memory', message: memoryMessage(error) }
      : { status: 'error', error };
  }
  if (m.x && typeof m.x === 'object') {
    const x = m.x as Record<string, unknown>;
    const kind = problemKinds.has(x.kind as string) ? (x.kind as OutputProblem['kind']) : 'type';
    const problem: OutputProblem = { kind, message: str(x.message) };
    if (Array.isArray(x.path) && x.path.every((i) => Number.isInteger(i) && i >= 0)) {
      problem.path = (x.path as number[]).slice(0, 8);
    }
    return { status: 'output', problem };
  }
  const s = m.s;
  const o = m.o;
  const shapeOk =
    Array.isArray(s) && s.length <= 8 && s.every((d) => Number.isInteger(d) && d >= 0);
  const size = shapeOk ? (s as number[]).reduce((a, b) => a * b, 1) : -1;
  if (
    !shapeOk ||
    !all ||
    typeof o !== 'number' ||
    !Number.isInteger(o) ||
    o < 0 ||
    o + size > Math.min(used, all.length)
  ) {
    return MALFORMED;
  }
  return {
    status: 'ok',
    shape: s as number[],
    values: all.slice(o, o + size),
    timeMs: typeof m.t === 'number' && m.t >= 0 ? m.t : 0,
  };
}
