/**
 * `pnpm --filter @slope/grader bench`: grading latency and throughput through the QuickJS
 * worker pool, beside a naive baseline (a fresh `node` process per submission) measured in
 * the same run, plus the host's event-loop stall during hostile submissions.
 */
import { availableParallelism, cpus } from 'node:os';
import { monitorEventLoopDelay, PerformanceObserver, performance } from 'node:perf_hooks';
import type { Exercise } from '../src/exercise/load-exercise.ts';
import { loadExercise } from '../src/exercise/load-exercise.ts';
import { grade } from '../src/runner/grade.ts';
import { createGraderPool } from '../src/sandbox/pool.ts';
import { gradeInChildProcess } from './child-baseline.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const [mse, tiny] = await Promise.all([
  loadExercise(`${fixtures}mse-gradient`),
  loadExercise(`${fixtures}square-derivative`),
]);
const size = Math.min(2, availableParallelism());
const pool = createGraderPool({ size });

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
/** Each submission differs (a comment), so the transpile cache never hits. */
const variant = (code: string, i: number) => `${code}\n// submission ${i}`;
/**
 * Every submission gets hidden cases of its own (seedFor: learner, exercise, attempt), so each
 * one generates its cases and runs the reference: nothing is reused between submissions.
 */
let nextSeed = 1000;
const seedOf = (_i: number) => nextSeed++;
/** The same four learners' cases again and again (the cache a regrade would hit). */
const cachedSeed = (i: number) => 1 + (i % 4);

async function latency(ex: Exercise, n: number, seed: (i: number) => number, run = grade) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await run(ex, variant(ex.solution, i), { seed: seed(i), pool });
    times.push(performance.now() - t);
    if (r.score !== 1)
      throw new Error(`bench: ${ex.manifest.id} did not pass: ${JSON.stringify(r.tests[0])}`);
  }
  return times;
}

/**
 * The product's path for a learner's next attempt: grading attempt k prepares attempt k+1's
 * cases (`nextSeed`) while the learner reads the result (a 100 ms pause here, seconds in
 * class). Every submission still gets cases of its own; only the waiting moves.
 */
async function latencyPreparedAhead(ex: Exercise, n: number) {
  const times: number[] = [];
  const first = nextSeed;
  nextSeed += n + 1;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await grade(ex, variant(ex.solution, i), {
      seed: first + i,
      nextSeed: first + i + 1,
      pool,
    });
    times.push(performance.now() - t);
    if (r.score !== 1) throw new Error(`bench: ${ex.manifest.id} did not pass`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return times;
}

async function throughput(n: number, run: (i: number) => Promise<unknown>) {
  const t = performance.now();
  await Promise.all(Array.from({ length: n }, (_, i) => run(i)));
  return n / ((performance.now() - t) / 1000);
}

// Warm up: workers started, QuickJS instantiated, esbuild service and JIT warm.
await latency(mse, 10, seedOf);
await latency(tiny, 20, seedOf);

const mseTimes = await latency(mse, 100, seedOf);
const mseCached = await latency(mse, 30, cachedSeed);
const mseAhead = await latencyPreparedAhead(mse, 30);
const tinyTimes = await latency(tiny, 300, seedOf);
const mseRate = await throughput(200, (i) =>
  grade(mse, variant(mse.solution, i), { seed: seedOf(i), pool }),
);
const tinyRate = await throughput(600, (i) =>
  grade(tiny, variant(tiny.solution, i), { seed: seedOf(i), pool }),
);

// The scheduling noise floor of this machine: the same monitor with nothing running.
const idle = monitorEventLoopDelay({ resolution: 1 });
idle.enable();
await new Promise((r) => setTimeout(r, 1500));
idle.disable();
const idleStallMs = idle.max / 1e6;

// Event-loop stall while hostile submissions run (and honest ones keep flowing).
const hostile = [
  'export function grad(w: number[], X: number[][], y: number[]) { while (true) {} }',
  'export function grad(w: number[], X: number[][], y: number[]) { const a: number[] = []; for (;;) a.push(1); }',
  'export function grad(w: number[], X: number[][], y: number[]) { return new Array(2e8).fill(0); }',
  'export function grad(w: number[], X: number[][], y: number[]) { for (;;) console.log("spam"); }',
];
// Seed 1's hidden cases are generated first: a new learner's case generation is measured in
// its own row above, this row isolates what hostile code costs the host.
await grade(mse, mse.solution, { seed: 1, pool });
/**
 * One batch: the hostile submissions and 8 honest ones at once. Returns the longest event-loop
 * stall, the main thread's busy time and its longest garbage-collection pause (a stall that is
 * not a pause was the scheduler: the main thread waiting for a core).
 */
async function hostileBatch(round: number) {
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs = Math.max(gcMs, e.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const elu = performance.eventLoopUtilization();
  const results = await Promise.all([
    ...hostile.map((code) => grade(mse, code, { seed: 1, pool })),
    ...Array.from({ length: 8 }, (_, i) =>
      grade(mse, variant(mse.solution, 100 * round + i), { seed: seedOf(i), pool }),
    ),
  ]);
  const busyMs = performance.eventLoopUtilization(elu).active;
  h.disable();
  gc.disconnect();
  return { stallMs: h.max / 1e6, busyMs, gcMs, results };
}
// The stall of one batch is at the mercy of the machine's other load (the noise floor row):
// three batches, the median judged, the worst shown beside it.
const batches: Awaited<ReturnType<typeof hostileBatch>>[] = [];
for (let round = 0; round < 3; round++) batches.push(await hostileBatch(round));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const stallMs = median(batches.map((b) => b.stallMs));
const worstStallMs = Math.max(...batches.map((b) => b.stallMs));
const busyMs = median(batches.map((b) => b.busyMs));
const gcPauseMs = Math.max(...batches.map((b) => b.gcMs));
const hostileStatuses = batches[0]!.results.slice(0, hostile.length).map((r) => r.tests[0]?.status);
const honestOk = batches.every((b) => b.results.slice(hostile.length).every((r) => r.score === 1));

// Deeply nested code aimed at the transpilers: refused on the host by the nesting check, or
// (just under the limit) transpiled in a worker. The host's event loop must stay free.
const nestedHead = 'export function grad(w: number[], X: number[][], y: number[]) { return w; }\n';
const fill64k = (unit: string, open = '', close = '') =>
  `${nestedHead}${open}${unit.repeat(Math.floor((60_000 - open.length - close.length) / unit.length))}${close}`;
const nested = [
  fill64k('x => ', 'export const f = ', '1;'),
  `${nestedHead}export const b = ${'['.repeat(30_000)}1${']'.repeat(30_000)};`,
  `${nestedHead}export function c() ${'{'.repeat(30_000)}${'}'.repeat(30_000)}`,
  `${nestedHead}export const t = ${'`${'.repeat(12_000)}1${'}`'.repeat(12_000)};`,
  fill64k(`${'{'.repeat(190)}${'}'.repeat(190)}\n`),
  fill64k(`void ${'('.repeat(190)}1${')'.repeat(190)};\n`),
];
const nestedRuns: { stallMs: number; status: string }[] = [];
for (const code of nested) {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const r = await grade(mse, code, { seed: 1, pool });
  h.disable();
  nestedRuns.push({
    stallMs: h.max / 1e6,
    status: r.gradable
      ? (r.tests[0]?.status ?? '?')
      : `format: ${r.formatErrors?.[0]?.message.slice(0, 40)}…`,
  });
}
const nestedStallMs = Math.max(...nestedRuns.map((r) => r.stallMs));

// Baseline: a fresh node process per submission, same host pipeline.
const baseTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  const r = await gradeInChildProcess(mse, variant(mse.solution, i), seedOf(i));
  baseTimes.push(performance.now() - t);
  if (r.score !== 1) throw new Error('baseline failed');
}
const baseTinyTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await gradeInChildProcess(tiny, variant(tiny.solution, i), seedOf(i));
  baseTinyTimes.push(performance.now() - t);
}
const baseRate = await (async () => {
  // `size` children at a time, like the pool's workers.
  const n = 40;
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < n) {
        const i = next++;
        await gradeInChildProcess(mse, variant(mse.solution, i), seedOf(i));
      }
    }),
  );
  return n / ((performance.now() - t) / 1000);
})();

await pool.close();

const f = (v: number) => v.toFixed(1);
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const lines = [
  `Grader benchmark — ${cpus()[0]?.model.trim() ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}, pool of ${size} QuickJS workers`,
  '',
  row(['workload', 'metric', 'QuickJS pool', 'fresh node process', 'speed-up', 'target']),
  row(['---', '---', '---:', '---:', '---:', '---']),
  row([
    'MSE grad (256×16, 20 cases)',
    'p50 ms',
    f(percentile(mseTimes, 50)),
    f(percentile(baseTimes, 50)),
    `${f(percentile(baseTimes, 50) / percentile(mseTimes, 50))}×`,
    '≤ 20',
  ]),
  row([
    'MSE grad',
    'p95 ms',
    f(percentile(mseTimes, 95)),
    f(percentile(baseTimes, 95)),
    `${f(percentile(baseTimes, 95) / percentile(mseTimes, 95))}×`,
    '≤ 40',
  ]),
  row(['MSE grad', 'submissions/s', f(mseRate), f(baseRate), `${f(mseRate / baseRate)}×`, '≥ 80']),
  row([
    "MSE grad, this attempt's cases prepared while the learner read the last result",
    'p50 ms',
    f(percentile(mseAhead, 50)),
    '',
    '',
    '',
  ]),
  row(['MSE grad, cases cached (a regrade)', 'p50 ms', f(percentile(mseCached, 50)), '', '', '']),
  row([
    'tiny (x², 5 points)',
    'p50 ms',
    f(percentile(tinyTimes, 50)),
    f(percentile(baseTinyTimes, 50)),
    `${f(percentile(baseTinyTimes, 50) / percentile(tinyTimes, 50))}×`,
    '≤ 2',
  ]),
  row(['tiny', 'submissions/s', f(tinyRate), '', '', '']),
  row([
    'hostile (loop, push bomb, 2e8 fill, spam) + 8 honest, 3 batches',
    'max event-loop stall ms, median batch (worst)',
    `${f(stallMs)} (${f(worstStallMs)})`,
    '',
    '',
    '≤ 10',
  ]),
  row(['same batches', 'main-thread busy ms per batch (median)', f(busyMs), '', '', '']),
  row(['same batches', 'longest main-thread GC pause ms', f(gcPauseMs), '', '', '']),
  row([
    'nested code, 64 KB (arrows, brackets, blocks, templates; 2 just under the limit)',
    'worst event-loop stall ms',
    f(nestedStallMs),
    '',
    '',
    '≤ 10',
  ]),
  row([
    'nothing running (noise floor of this machine)',
    'max event-loop stall ms',
    f(idleStallMs),
    '',
    '',
    '',
  ]),
  '',
  `hostile results: ${hostileStatuses.join(', ')}; honest submissions alongside all scored 1: ${honestOk}`,
  `nested code results: ${nestedRuns.map((r) => `${r.status} (${f(r.stallMs)} ms)`).join('; ')}`,
];
console.log(lines.join('\n'));
