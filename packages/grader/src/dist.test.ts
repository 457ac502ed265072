import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What a plain Node process (the grader worker app) and Next.js load: the built dist/. */
describe('dist build', () => {
  it('grades from a plain Node process with the built worker', () => {
    // Built beside the package (npm dependencies resolve from its node_modules), not over
    // the dist/ that the web app's tests may be importing right now.
    const outdir = `${root}node_modules/.cache/dist-test`;
    execFileSync(`${root}node_modules/.bin/tsx`, ['scripts/build.ts', '--outdir', outdir], {
      cwd: root,
      stdio: 'pipe',
    });
    const script = `
      import { createGraderPool, grade, loadExercise } from '${outdir}/index.js';
      const pool = createGraderPool({ size: 1 });
      const ex = await loadExercise('fixtures/square-derivative');
      const good = await grade(ex, ex.solution, { seed: 1, pool });
      const loop = await grade(ex, 'export const derivative = (x: number) => { for (;;) {} };', { seed: 1, pool });
      // Transpiled in the worker thread: esbuild (for the import) runs there too.
      const fs = await grade(ex, "import fs from 'fs';\\nexport const derivative = (x: number) => 2 * x;", { seed: 1, pool });
      await pool.close();
      console.log(JSON.stringify([good.score, loop.tests[0].status, fs.formatErrors?.[0]?.message]));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(JSON.parse(out.trim())).toEqual([
      1,
      'timeout',
      'Only `@slope/numeric` can be imported; found `fs`. Remove this import.',
    ]);
  }, 60_000);
});
