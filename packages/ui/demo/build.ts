/**
 * Bundles the demo page with esbuild: demo/dist/{index.html,main.js,main.css,run-worker.js,…}.
 * Code splitting keeps CodeMirror and uPlot in lazy chunks, as Next.js would.
 */
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');

/**
 * Next.js bundles `new Worker(new URL('./run-worker.ts', import.meta.url))` by itself; esbuild
 * does not, so the worker is built as its own entry and the URL pointed at the output.
 */
export const workerUrlPlugin: Plugin = {
  name: 'worker-url',
  setup(b) {
    b.onLoad({ filter: /run-in-worker\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(
        "'./run-worker.ts'",
        "'./run-worker.js'",
      ),
      loader: 'ts',
    }));
  },
};

export async function buildDemo(): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const result = await build({
    entryPoints: [
      { in: join(here, 'main.tsx'), out: 'main' },
      { in: join(here, '../src/exercise/run-worker.ts'), out: 'run-worker' },
    ],
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    metafile: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file' },
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    plugins: [workerUrlPlugin],
    logLevel: 'warning',
  });
  await copyFile(join(here, 'index.html'), join(out, 'index.html'));
  const bytes = Object.values(result.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
  console.log(
    `demo built: ${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1024).toFixed(0)} KB in ${out}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDemo();
