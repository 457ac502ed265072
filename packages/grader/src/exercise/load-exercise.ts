import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as numeric from '@slope/numeric';
import { type BuildFailure, build } from 'esbuild';
import { z } from 'zod';
import { jsonErrorPlace, locateJson } from './json-locations.ts';
import { type ContentError, ExerciseError, type Manifest, parseManifest } from './manifest.ts';
import { defineTests, type ExerciseTests, type NumericValue } from './tests-api.ts';

/** A public example: safe to show and to run in the browser. */
export interface Example {
  name?: string;
  args: NumericValue[];
  expected: NumericValue;
}

/** A loaded, validated exercise. `solution`, `reference` and `tests` never leave the host. */
export interface Exercise {
  dir: string;
  manifest: Manifest;
  /** prompt.mdx, as written */
  prompt: string;
  /** starter.ts source */
  starter: string;
  /** solution.ts source (hidden) */
  solution: string;
  /** the reference function compiled from solution.ts, run on the host */
  reference: (...args: unknown[]) => unknown;
  tests: ExerciseTests;
  examples: Example[];
}

const exampleSchema = z
  .object({
    name: z.string().optional(),
    args: z.array(z.any()),
    expected: z.any(),
  })
  .strict();

/** Modules that content code (solution.ts, tests.ts) may import; provided by the host. */
const hostModules: Record<string, unknown> = {
  '@slope/numeric': numeric,
  '@slope/grader': { defineTests },
};

/**
 * Compiles a content TypeScript file on the host: esbuild bundles it (relative imports
 * included) to CommonJS, `@slope/numeric` and `@slope/grader` are provided by the host, and
 * it is evaluated with `new Function` — no temp file and no dynamic `import()`, so this works
 * the same from a plain Node process and from a bundled Next.js server.
 */
async function compileContentModule(
  dir: string,
  file: string,
): Promise<{ ok: true; exports: Record<string, unknown> } | { ok: false; errors: ContentError[] }> {
  let code: string;
  try {
    const out = await build({
      entryPoints: [file],
      absWorkingDir: dir,
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      external: Object.keys(hostModules),
      logLevel: 'silent',
    });
    code = out.outputFiles[0]?.text ?? '';
  } catch (err) {
    const errors = ((err as Partial<BuildFailure>).errors ?? []).map((m) => ({
      file: m.location?.file ?? file,
      line: m.location?.line ?? 0,
      column: m.location ? m.location.column + 1 : 0,
      message: m.text,
    }));
    return {
      ok: false,
      errors: errors.length ? errors : [{ file, line: 0, column: 0, message: String(err) }],
    };
  }
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string) => {
    if (name in hostModules) return hostModules[name];
    throw new Error(
      `${file} may import only relative files, @slope/numeric and @slope/grader, not "${name}"`,
    );
  };
  try {
    new Function('require', 'module', 'exports', code)(require, module, module.exports);
  } catch (err) {
    return {
      ok: false,
      errors: [{ file, line: 0, column: 0, message: `throws when loaded: ${String(err)}` }],
    };
  }
  return { ok: true, exports: module.exports };
}

async function readText(dir: string, file: string, errors: ContentError[]): Promise<string> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch {
    errors.push({
      file,
      line: 0,
      column: 0,
      message: `missing: every exercise folder needs ${file}`,
    });
    return '';
  }
}

function parseExamples(text: string, params: number, errors: ContentError[]): Example[] {
  const file = 'examples.json';
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const pos = jsonErrorPlace(text, err) ?? { line: 0, column: 0 };
    errors.push({ file, ...pos, message: `invalid JSON: ${String(err)}` });
    return [];
  }
  const parsed = z.array(exampleSchema).safeParse(raw);
  const where = locateJson(text);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const loc = where.get(issue.path.map(String).join('/')) ?? { line: 0, column: 0 };
      errors.push({ file, ...loc, message: `${issue.path.join('.')}: ${issue.message}` });
    }
    return [];
  }
  parsed.data.forEach((ex, i) => {
    if (ex.args.length !== params) {
      const loc = where.get(`${i}/args`) ?? { line: 0, column: 0 };
      errors.push({
        file,
        ...loc,
        message: `example ${i + 1} has ${ex.args.length} args; the signature has ${params}`,
      });
    }
  });
  return parsed.data as Example[];
}

/**
 * Loads and validates an exercise folder (manifest.json, prompt.mdx, starter.ts, solution.ts,
 * tests.ts, optional examples.json). Throws an ExerciseError listing every problem with file,
 * line and column.
 *
 * @example
 * const exercise = await loadExercise('content/calculus-for-ml/03-gradients/exercises/mse-gradient');
 */
export async function loadExercise(folder: string): Promise<Exercise> {
  const dir = resolve(folder);
  const errors: ContentError[] = [];
  const manifestText = await readText(dir, 'manifest.json', errors);
  const parsed = manifestText ? parseManifest(manifestText) : null;
  if (parsed && !parsed.ok) errors.push(...parsed.errors);
  const manifest = parsed?.ok ? parsed.manifest : null;
  const [prompt, starter, solution] = await Promise.all([
    readText(dir, 'prompt.mdx', errors),
    readText(dir, 'starter.ts', errors),
    readText(dir, 'solution.ts', errors),
    readText(dir, 'tests.ts', errors),
  ]);
  let examples: Example[] = [];
  const examplesText = await readFile(join(dir, 'examples.json'), 'utf8').catch(() => null);
  if (examplesText !== null && manifest) {
    examples = parseExamples(examplesText, manifest.signature.params.length, errors);
  }
  let tests: ExerciseTests | undefined;
  let reference: Exercise['reference'] | undefined;
  if (manifest && solution) {
    const sol = await compileContentModule(dir, 'solution.ts');
    if (!sol.ok) errors.push(...sol.errors);
    else {
      const fn = sol.exports[manifest.signature.name];
      if (typeof fn !== 'function') {
        errors.push({
          file: 'solution.ts',
          line: 0,
          column: 0,
          message: `must export a function named "${manifest.signature.name}" (manifest signature.name)`,
        });
      } else reference = fn as Exercise['reference'];
    }
    const t = await compileContentModule(dir, 'tests.ts');
    if (!t.ok) errors.push(...t.errors);
    else {
      const candidate = t.exports.tests as Partial<ExerciseTests> | undefined;
      if (
        !candidate ||
        typeof candidate.cases !== 'function' ||
        typeof candidate.check !== 'object'
      ) {
        errors.push({
          file: 'tests.ts',
          line: 0,
          column: 0,
          message: 'must `export const tests = defineTests({ cases, check })`',
        });
      } else tests = candidate as ExerciseTests;
    }
  }
  if (errors.length > 0 || !manifest || !reference || !tests) throw new ExerciseError(dir, errors);
  return { dir, manifest, prompt, starter, solution, reference, tests, examples };
}
