/**
 * Bundle-size report: what a lesson page ships before an editor is needed (min + gzip), with
 * esbuild and code splitting, against the 200 KB budget. Run with `pnpm bench`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { workerUrlPlugin } from '../demo/build.ts';

const here = dirname(fileURLToPath(import.meta.url));
const BUDGET_KB = 200;

const result = await build({
  entryPoints: [
    { in: join(here, 'lesson-entry.tsx'), out: 'lesson' },
    { in: join(here, '../src/exercise/run-worker.ts'), out: 'run-worker' },
  ],
  outdir: join(here, '.out'),
  write: false,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  metafile: true,
  jsx: 'automatic',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.css': 'empty' },
  plugins: [workerUrlPlugin],
  logLevel: 'error',
});

const files = new Map(
  result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('.out/') + 5), f.contents]),
);
const gz = (name: string) => gzipSync(files.get(name) ?? new Uint8Array(), { level: 9 }).length;
const outputs = result.metafile.outputs;
const key = (name: string) => Object.keys(outputs).find((k) => k.endsWith(`.out/${name}`)) ?? name;

/** The entry plus everything it imports statically (not dynamic import()). */
function initial(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imp of outputs[key(name)]?.imports ?? [])
      if (imp.kind === 'import-statement') visit(imp.path.slice(imp.path.lastIndexOf('.out/') + 5));
  };
  visit(entry);
  return seen;
}

/** The package (or file) that contributes most bytes to an output chunk. */
function mainInput(name: string): string {
  const inputs = Object.entries(outputs[key(name)]?.inputs ?? {}).sort(
    (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
  );
  const top = inputs[0]?.[0] ?? name;
  return (
    top.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/)?.[1] ?? top
  );
}

const LAZY_LABELS: [RegExp, string][] = [
  [/code-editor/, 'lazy: CodeMirror editor (when an exercise nears the viewport)'],
  [/uPlot|^uplot$/, 'lazy: uPlot (when a line chart mounts)'],
  [/function-plot-view/, 'lazy: Mafs function plot (when it nears the viewport)'],
  [/^katex$/, 'lazy: KaTeX (math not rendered on the server; Mafs)'],
  [/^mathlive$/, 'lazy: MathLive (when a MathInput or MathPreview mounts)'],
  [/render-math/, 'lazy: render-math glue'],
];

const lessonFiles = initial('lesson.js');
const workerFiles = initial('run-worker.js');
const rows: [string, number, number][] = [];
const kb = (n: number) => n / 1024;
const sum = (names: Iterable<string>) =>
  [...names].reduce<[number, number]>(
    ([raw, z], n) => [raw + (files.get(n)?.length ?? 0), z + gz(n)],
    [0, 0],
  );
const [lessonRaw, lessonGz] = sum(lessonFiles);
rows.push(['lesson page, initial JS (React + all widgets)', lessonRaw, lessonGz]);
for (const name of files.keys()) {
  if (!name.endsWith('.js') || lessonFiles.has(name) || workerFiles.has(name)) continue;
  const label =
    LAZY_LABELS.find(([pattern]) => pattern.test(name) || pattern.test(mainInput(name)))?.[1] ??
    `lazy: ${name} (${mainInput(name)})`;
  rows.push([label, files.get(name)?.length ?? 0, gz(name)]);
}
const [workerRaw, workerGz] = sum(workerFiles);
rows.push(['worker: run-worker (sucrase + @slope/numeric, on Run)', workerRaw, workerGz]);

console.log('\n| bundle | min KB | min+gzip KB |\n| --- | ---: | ---: |');
for (const [label, raw, z] of rows)
  console.log(`| ${label} | ${kb(raw).toFixed(1)} | ${kb(z).toFixed(1)} |`);
const verdict = kb(lessonGz) <= BUDGET_KB ? 'within' : 'OVER';
console.log(
  `\nbaseline budget ${BUDGET_KB} KB gzip: lesson page initial JS ${kb(lessonGz).toFixed(1)} KB — ${verdict} budget\n`,
);
if (verdict === 'OVER') process.exitCode = 1;
