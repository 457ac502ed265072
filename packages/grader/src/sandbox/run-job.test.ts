import variant from '@jitl/quickjs-wasmfile-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { probeBinaryJson } from './bjson.ts';
import { createHeapBudget } from './heap-budget.ts';
import type { ArgSpec, CompiledJob } from './protocol.ts';
import { runJob } from './run-job.ts';

let quickjs: QuickJSWASMModule;
let prefix: Uint8Array | null;
// As in the worker: the heap budget bounds the bytes a job may allocate, so a memory bomb
// stops at once (QuickJS's own limit counts allocations, and lets a big heap grow for seconds).
const heap = createHeapBudget();
beforeAll(async () => {
  quickjs = await newQuickJSWASMModuleFromVariant(newVariant(variant, { wasmMemory: heap.memory }));
  const ctx = quickjs.newContext();
  prefix = probeBinaryJson(ctx);
  ctx.dispose();
});

/** One case: f(M, v, s, t) with a 2×3 matrix, a vector, a number and a Float64Array. */
const spec: ArgSpec[][] = [
  [
    { k: 'a', o: 0, s: [2, 3] },
    { k: 'a', o: 6, s: [2] },
    { k: 'n', o: 8 },
    { k: 't', o: 9, s: [2] },
  ],
];
const job = (body: string): CompiledJob => ({
  code: `export function f(M, v, s, t) { ${body} }`,
  entry: 'f',
  params: ['M', 'v', 's', 't'],
  spec: JSON.stringify(spec),
  data: Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
  timeMs: 1000,
  memoryBytes: 16 * 1024 * 1024,
  maxOutputElements: 1000,
});

describe('runJob', () => {
  it('finds a binary JSON header in this QuickJS build', () => {
    expect(prefix).not.toBeNull();
  });

  it.each([{ mode: 'binary JSON inputs' }, { mode: 'inputs built in JS' }])(
    'hands arguments over as learners expect ($mode)',
    ({ mode }) => {
      const { outcome } = runJob(
        quickjs,
        job(
          'return [JSON.stringify(M) === "[[1,2,3],[4,5,6]]", JSON.stringify(v) === "[7,8]", s === 9, t instanceof Float64Array && t[1] === 11].map(Number);',
        ),
        { numericSource: '', bjsonPrefix: mode === 'binary JSON inputs' ? prefix : null },
      );
      expect(outcome.kind).toBe('ran');
      if (outcome.kind === 'ran') {
        const c = outcome.cases[0]!;
        expect(c.status === 'ok' && Array.from(c.values)).toEqual([1, 1, 1, 1]);
      }
    },
  );

  it.each([
    { output: 'return [[1, 2], [3]];', kind: 'ragged' },
    { output: 'return [1, [2]];', kind: 'ragged' },
    { output: 'return [1, "2"];', kind: 'not-numbers' },
    { output: 'return [1, , 3];', kind: 'not-numbers' },
    { output: 'return { a: 1 };', kind: 'type' },
    { output: 'return undefined;', kind: 'type' },
    { output: 'return new DataView(new ArrayBuffer(8));', kind: 'type' },
  ])('explains an unreadable output: $output', ({ output, kind }) => {
    const { outcome } = runJob(quickjs, job(output), { numericSource: '', bjsonPrefix: prefix });
    expect(outcome.kind === 'ran' && outcome.cases[0]).toMatchObject({
      status: 'output',
      problem: { kind },
    });
  });

  it.each([
    { output: 'return 2.5;', shape: [], values: [2.5] },
    { output: 'return [[1, 2], [3, 4]];', shape: [2, 2], values: [1, 2, 3, 4] },
    { output: 'return Float32Array.of(1, 2);', shape: [2], values: [1, 2] },
    {
      output: 'return { data: Float64Array.of(1, 2, 3, 4), shape: [2, 2] };',
      shape: [2, 2],
      values: [1, 2, 3, 4],
    },
    {
      output: 'return [NaN, Infinity];',
      shape: [2],
      values: [Number.NaN, Number.POSITIVE_INFINITY],
    },
  ])('reads $output', ({ output, shape, values }) => {
    const { outcome } = runJob(quickjs, job(output), { numericSource: '', bjsonPrefix: prefix });
    const c = outcome.kind === 'ran' ? outcome.cases[0] : undefined;
    expect(c?.status).toBe('ok');
    if (c?.status === 'ok') {
      expect(c.shape).toEqual(shape);
      expect(Array.from(c.values)).toEqual(values);
    }
  });
});

describe('runJob results after a stop', () => {
  /** Three cases f(k) with k = 0, 1, 2. */
  const threeCases = (body: string): CompiledJob => ({
    ...job(''),
    code: `export function f(k) { ${body} }`,
    params: ['k'],
    spec: JSON.stringify([0, 1, 2].map((o) => [{ k: 'n', o }])),
    data: Float64Array.of(0, 1, 2),
    timeMs: 500,
  });

  it.each([
    {
      stop: 'a time-out',
      body: 'if (k === 1) for (;;) {} return [k, k + 0.5];',
      status: 'timeout',
    },
    {
      stop: 'a memory stop',
      body: 'if (k === 1) { const a = []; for (;;) a.push(new Array(1e5).fill(k)); } return [k, k + 0.5];',
      status: 'memory',
    },
  ])('keeps the cases finished before $stop', ({ body, status }) => {
    const { outcome } = runJob(quickjs, threeCases(body), {
      numericSource: '',
      bjsonPrefix: prefix,
      heap,
    });
    expect(outcome.kind).toBe('ran');
    if (outcome.kind !== 'ran') return;
    const [first, second, third] = outcome.cases;
    expect(first?.status === 'ok' && Array.from(first.values)).toEqual([0, 0.5]);
    expect(second?.status).toBe(status);
    expect(third?.status).toBe('not-run');
  });
});
