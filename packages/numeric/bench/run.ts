/// <reference types="node" />
// pnpm --filter @slope/numeric bench  →  tsx bench/run.ts
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { gemm, matmul, Rng, randn } from '../src/index.ts';
import { makeHandWritten, makeProblem, makeTfjs, slopeGrad } from './mlp.ts';
import { loadTfjs } from './tfjs.ts';
import { timeItAsync, timeIt as timeOnce } from './timing.ts';

// Two passes, keep the faster: the machine may be shared, and the first pass also warms the JIT.
const timeIt = (fn: () => unknown) => Math.min(timeOnce(fn), timeOnce(fn));

const rows: string[][] = [];
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

const { tf, note } = await loadTfjs();

// 1. MLP gradient ----------------------------------------------------------------------------
const p = makeProblem();
const hand = makeHandWritten(p);
const ours = slopeGrad(p);
const ref = hand();
const maxDiff = Math.max(
  ...ours.map((g, i) => Math.max(...g.map((v, j) => Math.abs(v - ref[i]![j]!)))),
);
if (maxDiff > 1e-12) throw new Error(`gradients disagree with the hand-written loop by ${maxDiff}`);

const tOurs = timeIt(() => slopeGrad(p));
const tHand = timeIt(hand);
rows.push([
  'MLP grad (256, 32→64→1, tanh, MSE)',
  '@slope/numeric',
  fmt(tOurs),
  `${(tOurs / tHand).toFixed(2)}× hand loop`,
]);
rows.push(['', 'hand-written Float64Array loop', fmt(tHand), '1.00× hand loop']);
if (tf) {
  const run = makeTfjs(tf, p);
  const tTf = await timeItAsync(run);
  rows.push([
    '',
    'tfjs-core (cpu)',
    fmt(tTf),
    `@slope/numeric is ${(tTf / tOurs).toFixed(2)}× faster`,
  ]);
} else {
  rows.push(['', 'tfjs-core (cpu)', '—', 'n/a: no cpu backend (see note)']);
}

// 2. matmul 256×256 ---------------------------------------------------------------------------
const N = 256;
const r = new Rng(2);
const A = randn([N, N], r);
const Bm = randn([N, N], r);
const flops = 2 * N ** 3;
const gflops = (ms: number) => `${(flops / (ms * 1e6)).toFixed(2)} GFLOP/s`;
function naive(a: Float64Array, b: Float64Array): Float64Array {
  const c = new Float64Array(N * N);
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let k = 0; k < N; k++) s += a[i * N + k]! * b[k * N + j]!;
      c[i * N + j] = s;
    }
  return c;
}
const tMm = timeIt(() => matmul(A, Bm));
const tGemm = timeIt(() => gemm(A.data, Bm.data, N, N, N));
const tNaive = timeIt(() => naive(A.data, Bm.data));
rows.push(['matmul 256×256', '@slope/numeric matmul', fmt(tMm), gflops(tMm)]);
rows.push(['', 'gemm kernel (i-k-j)', fmt(tGemm), gflops(tGemm)]);
rows.push(['', 'naive i-j-k loop', fmt(tNaive), gflops(tNaive)]);
if (tf) {
  const ta = tf.tensor(Float32Array.from(A.data), [N, N]);
  const tb = tf.tensor(Float32Array.from(Bm.data), [N, N]);
  const tTf = await timeItAsync(async () => {
    const c = tf.matMul(ta, tb);
    await c.data();
    c.dispose();
  });
  rows.push(['', 'tfjs-core (cpu, float32)', fmt(tTf), gflops(tTf)]);
} else {
  rows.push(['', 'tfjs-core (cpu)', '—', 'n/a: no cpu backend (see note)']);
}

// 3. bundle size ------------------------------------------------------------------------------
const bundle = await build({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const code = bundle.outputFiles[0]!.contents;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
rows.push([
  'bundle (esbuild, minified)',
  'src/index.ts',
  kb(code.length),
  `${kb(gzipSync(code).length)} gzip`,
]);

// table ---------------------------------------------------------------------------------------
const head = ['benchmark', 'implementation', 'time', 'result'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}; tfjs: ${note}`);
