import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeResultSchema } from '../grade-result.ts';
import { createGraderPool, type GraderPool } from '../sandbox/pool.ts';
import { fixture, fixtureFile } from '../testing/fixtures.ts';
import { grade } from './grade.ts';

let pool: GraderPool;
beforeAll(() => {
  pool = createGraderPool({ size: 2 });
});
afterAll(() => pool.close());

/**
 * The exercise with room for the learner's code: for tests whose subject is not the time limit,
 * so a busy machine (CI beside other work) does not turn correct code into a time-out.
 */
const roomy = <E extends { manifest: { limits: { timeMs: number } } }>(exercise: E): E => ({
  ...exercise,
  manifest: { ...exercise.manifest, limits: { ...exercise.manifest.limits, timeMs: 20_000 } },
});

const mseBody = (expr: string) =>
  `export function grad(w: number[], X: number[][], y: number[]): number[] {
  const n = X.length;
  const r = X.map((row, i) => row.reduce((s, v, j) => s + v * w[j]!, 0) - y[i]!);
  return w.map((_, j) => ${expr});
}`;

describe('grade', () => {
  it("prepares the next attempt's hidden cases once this grade is done", async () => {
    const base = await fixture('square-derivative');
    const generated: number[] = [];
    const exercise = {
      ...base,
      tests: {
        ...base.tests,
        cases: (...args: Parameters<typeof base.tests.cases>) => {
          generated.push(args[1].seed);
          return base.tests.cases(...args);
        },
      },
    };
    const result = await grade(exercise, fixtureFile('square-derivative', 'solution.ts'), {
      seed: 101,
      nextSeed: 102,
      pool,
    });
    expect(result.score).toBe(1);
    await expect.poll(() => generated).toEqual([101, 102]);
    // The next attempt's submission finds them ready: nothing is generated again.
    const next = await grade(exercise, fixtureFile('square-derivative', 'solution.ts'), {
      seed: 102,
      pool,
    });
    expect(next.score).toBe(1);
    expect(generated).toEqual([101, 102]);
  });

  it.each(['mse-gradient', 'square-derivative', 'gd-linear-regression'])(
    '%s: the reference scores 1 and the starter 0',
    async (name) => {
      const ex = await fixture(name);
      const good = await grade(ex, fixtureFile(name, 'solution.ts'), { seed: 11, pool });
      const bad = await grade(ex, fixtureFile(name, 'starter.ts'), { seed: 11, pool });
      expect(gradeResultSchema.parse(good)).toMatchObject({ gradable: true, score: 1 });
      expect(good.tests.every((t) => t.status === 'passed' && t.points === t.maxPoints)).toBe(true);
      expect(bad).toMatchObject({ gradable: true, score: 0 });
    },
  );

  it.each([
    {
      mistake: 'a sign error',
      expr: 'r.reduce((s, ri, i) => s - 2 * ri * X[i]![j]!, 0) / n',
      kind: 'wrong-sign',
    },
    {
      mistake: 'a missing 2',
      expr: 'r.reduce((s, ri, i) => s + ri * X[i]![j]!, 0) / n',
      kind: 'scaled',
      label: '×½',
    },
    {
      mistake: 'a forgotten 1/n',
      expr: 'r.reduce((s, ri, i) => s + 2 * ri * X[i]![j]!, 0)',
      kind: 'scaled',
    },
    {
      mistake: 'a wrong last component',
      expr: 'j === w.length - 1 ? 0 : r.reduce((s, ri, i) => s + 2 * ri * X[i]![j]!, 0) / n',
      kind: 'wrong-components',
    },
  ])('names $mistake in an MSE gradient', async ({ expr, kind, label }) => {
    const ex = await fixture('mse-gradient');
    const r = await grade(ex, mseBody(expr), { seed: 3, pool });
    expect(r.score).toBe(0);
    const d = r.tests[0]?.diagnostics?.[0];
    expect(d?.kind).toBe('gradient');
    if (d?.kind === 'gradient') {
      expect(d.diagnosis.kind).toBe(kind);
      if (label) expect(d.diagnosis.scaleLabel).toBe(label);
    }
  });

  it('gives partial credit per test', async () => {
    const ex = await fixture('square-derivative');
    const r = await grade(
      ex,
      'export const derivative = (x: number) => (x < 0 ? -2 * x : 2 * x);',
      { seed: 5, pool },
    );
    expect(r.tests.filter((t) => t.passed)).toHaveLength(4);
    expect(r.score).toBeCloseTo(0.8);
    expect(r.tests.find((t) => !t.passed)?.diagnostics).toContainEqual({
      kind: 'note',
      text: expect.stringMatching(/sign/),
    });
  });

  it.each([
    {
      name: 'a misnamed export',
      code: 'export function gradient(w) { return w; }',
      message: 'expected `grad(w, X, y)`; found `gradient(w)`',
    },
    {
      name: 'wrong arity',
      code: 'export function grad(w, X) { return w; }',
      message: 'expected `grad(w, X, y)`; found `grad(w, X)`',
    },
    {
      name: 'no export',
      code: 'function grad(w, X, y) { return w; }',
      message: 'expected `grad(w, X, y)`; found no exports: add `export` before your function',
    },
    {
      name: 'a non-function export',
      code: 'export const grad = 3;',
      message: 'expected `grad(w, X, y)`; found `grad` is not a function',
    },
  ])('refuses $name as a format error', async ({ code, message }) => {
    const ex = await fixture('mse-gradient');
    const r = await grade(ex, code, { seed: 1, pool });
    expect(r).toMatchObject({ gradable: false, score: 0, tests: [] });
    expect(r.formatErrors?.[0]?.message).toBe(message);
  });

  it('reports a syntax error as not gradable with line and column', async () => {
    const ex = await fixture('square-derivative');
    const r = await grade(ex, 'export function derivative(x: number) {\n  return 2 * x\n  }}', {
      seed: 1,
      pool,
    });
    expect(r).toMatchObject({
      gradable: false,
      formatErrors: [{ file: 'submission.ts', line: 3, column: 4 }],
    });
  });

  it('reports a syntax error only QuickJS notices (the fast transpiler let it through) as esbuild words it', async () => {
    const ex = await fixture('square-derivative');
    const code =
      'let a = 1;\nlet a = 2;\nexport function derivative(x: number) {\n  return 2 * x;\n}';
    const r = await grade(ex, code, { seed: 1, pool });
    expect(r).toMatchObject({
      gradable: false,
      formatErrors: [{ file: 'submission.ts', line: 2 }],
    });
    expect(r.formatErrors?.[0]?.message).toMatch(/already been declared/);
  });

  it('names the test where a runtime error happened', async () => {
    const ex = await fixture('square-derivative');
    const code = [
      'export function derivative(x: number): number {',
      '  const y: number = 2 * x;',
      '  if (x < 0) throw new RangeError("negative!");',
      '  return y;',
      '}',
    ].join('\n');
    const r = await grade(ex, code, { seed: 1, pool });
    const bad = r.tests.filter((t) => t.status === 'error');
    expect(bad).toHaveLength(1);
    expect(bad[0]?.name).toBe('point 2');
    expect(bad[0]?.message).toBe('Your code threw RangeError: negative! (line 3).');
  });

  it('lets learner code use @slope/numeric inside the sandbox', async () => {
    const ex = roomy(await fixture('mse-gradient'));
    const code = `import { tensor, matmul, transpose, sub, mul, mean, sum } from '@slope/numeric';
export function grad(w: number[], X: number[][], y: number[]) {
  const Xt = tensor(X);
  const r = sub(matmul(Xt, tensor(w.map((v) => [v]))), tensor(y.map((v) => [v])));
  const g = matmul(transpose(Xt), r);
  return Array.from(g.data, (v) => (2 * v) / X.length);
}`;
    const r = await grade(ex, code, { seed: 2, pool });
    expect(r.tests[0]?.message).toMatch(/matches/);
    expect(r.score).toBe(1);
  });

  it('captures console output, truncated', async () => {
    const ex = roomy(await fixture('square-derivative'));
    const r = await grade(
      ex,
      'export function derivative(x: number) { console.log("x is", x, [1, 2]); return 2 * x; }',
      { seed: 1, pool },
    );
    expect(r.output?.split('\n')[0]).toMatch(/^x is [-\d.]+ \[1, 2\]$/);
    // ~9 KB a case is over the 8 KB cap (ten times more was work the test does not need)
    const spam = await grade(
      ex,
      'export function derivative(x: number) { for (let i = 0; i < 1e3; i++) console.log("spam", i); return 2 * x; }',
      { seed: 1, pool },
    );
    expect(spam.score).toBe(1);
    expect(spam.outputTruncated).toBe(true);
    expect(spam.output?.length).toBeLessThanOrEqual(8192);
  });

  it('returns a typed-array or tensor output like an array', async () => {
    const ex = await fixture('mse-gradient');
    const code = fixtureFile('mse-gradient', 'solution.ts').replace(
      'return g;',
      'return Float64Array.from(g);',
    );
    expect((await grade(ex, code, { seed: 4, pool })).score).toBe(1);
  });
});

describe('grade on an idle pool (cases split across workers)', () => {
  it('gives the same result as one worker', async () => {
    const ex = await fixture('mse-gradient');
    const one = createGraderPool({ size: 1 });
    try {
      const code = mseBody('j === 0 ? 0 : r.reduce((s, ri, i) => s + 2 * ri * X[i]![j]!, 0) / n');
      const split = await grade(ex, code, { seed: 8, pool });
      const whole = await grade(ex, code, { seed: 8, pool: one });
      const strip = (r: typeof split) => r.tests.map(({ timeMs: _t, ...t }) => t);
      expect(strip(split)).toEqual(strip(whole));
    } finally {
      await one.close();
    }
  });

  it('names the test where each shard stopped', async () => {
    const ex = await fixture('mse-gradient');
    const code = `let calls = 0;\n${mseBody('2 * r.reduce((s, ri, i) => s + ri * X[i]![j]!, 0) / n').replace('{\n', '{\n  if (++calls === 3) for (;;) {}\n')}`;
    const r = await grade(ex, code, { seed: 8, pool });
    const statuses = r.tests.map((t) => t.status);
    expect(statuses.slice(0, 4)).toEqual(['passed', 'passed', 'timeout', 'timeout']);
    expect(r.tests[3]?.message).toBe(
      'Not run: the submission stopped in test "random data 3" (timeout).',
    );
    expect(statuses.slice(10, 13)).toEqual(['passed', 'passed', 'timeout']);
    expect(r.tests[19]?.message).toBe(
      'Not run: the submission stopped in test "random data 13" (timeout).',
    );
  });
});
