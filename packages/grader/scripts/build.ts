/**
 * Builds dist/ for consumers that run JavaScript (a plain Node worker process, Next.js):
 *   dist/index.js   the public API (src/index.ts), @slope/numeric bundled in
 *   dist/bullmq.js  the scale-out queue (src/queue/bullmq/index.ts), `@slope/grader/bullmq`
 *   dist/worker.js  the sandbox worker, numeric bundle and minified harness inlined
 * npm dependencies stay external. pool.ts starts `new Worker(new URL('./worker.js', import.meta.url))`
 * when __SLOPE_GRADER_DIST__ is defined, a form bundlers trace.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { bundleWorker } from '../src/build/bundle-worker.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir <dir>` builds elsewhere (the dist test), so a test never swaps the dist/ that
// other packages' tests are loading at the same moment.
const outdirFlag = process.argv.indexOf('--outdir');
const dist = outdirFlag > 0 ? resolve(process.argv[outdirFlag + 1] ?? '') : join(root, 'dist');
const external = [
  'esbuild',
  'sucrase',
  'quickjs-emscripten-core',
  '@jitl/quickjs-wasmfile-release-sync',
  'zod',
  'bullmq',
  'ioredis',
];

/** dist never bundles the worker on the fly: replace the dev helper with a stub. */
const noDevWorker: Plugin = {
  name: 'no-dev-worker',
  setup(b) {
    b.onResolve({ filter: /bundle-worker\.ts$/ }, () => ({
      path: 'dev-worker-stub',
      namespace: 'stub',
    }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        "export function devWorkerFile() { throw new Error('dist build: the worker is dist/worker.js'); }",
      loader: 'js',
    }));
  },
};

rmSync(dist, { recursive: true, force: true });
const started = performance.now();
await Promise.all([
  build({
    entryPoints: {
      index: join(root, 'src/index.ts'),
      bullmq: join(root, 'src/queue/bullmq/index.ts'),
    },
    outdir: dist,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    define: { __SLOPE_GRADER_DIST__: 'true' },
    plugins: [noDevWorker],
    logLevel: 'warning',
  }),
  bundleWorker(join(dist, 'worker.js')),
]);
console.log(
  `built ${dist}/index.js, bullmq.js and worker.js in ${Math.round(performance.now() - started)} ms`,
);
