import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { HARNESS_LIB_SOURCE, HARNESS_SOURCE } from '../sandbox/harness-source.ts';

/** packages/grader (this file is src/build/bundle-worker.ts) */
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `@slope/numeric` as one minified ES module, served to learner code inside QuickJS. */
export async function bundleNumericForSandbox(): Promise<string> {
  const out = await build({
    stdin: { contents: "export * from '@slope/numeric';", resolveDir: packageDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    // QuickJS compiles ~5 KB per ms: every byte saved is parse time saved per submission.
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Minifies one harness function expression (it is parsed once per submission). */
export async function minifyFunction(source: string): Promise<string> {
  const out = await transform(`var h=${source}`, { minify: true, loader: 'js' });
  const code = out.code.trim().replace(/;$/, '');
  if (!code.startsWith('var h=')) return source;
  return `(${code.slice('var h='.length)})`;
}

/**
 * Bundles the sandbox worker (src/sandbox/worker.ts) to one ES module with the numeric bundle
 * and the minified harness inlined; QuickJS, esbuild and Sucrase stay external (resolved from this
 * package's node_modules, so the file must live inside the package).
 */
export async function bundleWorker(outfile: string): Promise<void> {
  const [numeric, harness, harnessLib] = await Promise.all([
    bundleNumericForSandbox(),
    minifyFunction(HARNESS_SOURCE),
    minifyFunction(HARNESS_LIB_SOURCE),
  ]);
  await build({
    entryPoints: [join(packageDir, 'src/sandbox/worker.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild ships a native binary; Sucrase's UMD dependencies do not bundle (see README).
    external: [
      'quickjs-emscripten-core',
      '@jitl/quickjs-wasmfile-release-sync',
      'esbuild',
      'sucrase',
    ],
    define: {
      __SLOPE_NUMERIC_SOURCE__: JSON.stringify(numeric),
      __SLOPE_HARNESS__: JSON.stringify(harness),
      __SLOPE_HARNESS_LIB__: JSON.stringify(harnessLib),
    },
    logLevel: 'silent',
  });
}

let devWorker: Promise<string> | undefined;

/**
 * Source layout (vitest, tsx): bundle the worker once per process into
 * node_modules/.cache/slope-grader/, named by content hash, written atomically.
 */
export function devWorkerFile(): Promise<string> {
  devWorker ??= (async () => {
    const dir = join(packageDir, 'node_modules/.cache/slope-grader');
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `worker-${process.pid}-${Date.now()}.tmp.mjs`);
    await bundleWorker(tmp);
    const code = readFileSync(tmp, 'utf8');
    const file = join(
      dir,
      `worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`,
    );
    if (existsSync(file)) rmSync(tmp);
    else renameSync(tmp, file);
    return file;
  })();
  return devWorker;
}
