import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../exercise/load-exercise.ts';
import type { GradeResult } from '../grade-result.ts';
import { grade } from '../runner/grade.ts';
import { fixture, fixtureFile } from '../testing/fixtures.ts';
import { MAX_CODE_BYTES } from '../transpile/transpile.ts';
import { createGraderPool, type GraderPool } from './pool.ts';

/**
 * Pathological code aimed at the transpilers (esbuild's time grows ~n^2.7 with nested arrows;
 * nested blocks multiplied its output to 128 MB; 17,000 of them killed the host): each ends
 * as a named result, the host's event loop never stalls long (400 ms here is a hang detector:
 * before the fix these inputs stalled it for 2 to 82 s), and the next honest submission passes.
 */
let pool: GraderPool;
let exercise: Exercise;
let honest: string;
beforeAll(async () => {
  pool = createGraderPool({ size: 2 });
  exercise = await fixture('square-derivative');
  honest = fixtureFile('square-derivative', 'solution.ts');
});
afterAll(() => pool.close());

const head = 'export function derivative(x: number): any {\n  return 2 * x;\n}\n';
/** `unit` repeated to fill 64 KB after the honest function. */
const fill = (unit: string, open = '', close = '') => {
  const room = MAX_CODE_BYTES - head.length - open.length - close.length - 16;
  return `${head}${open}${unit.repeat(Math.floor(room / unit.length))}${close}`;
};
const half = (open: string, close: string, wrap = (s: string) => `export const deep = ${s};\n`) => {
  const n = Math.floor((MAX_CODE_BYTES - head.length - 64) / (open.length + close.length));
  return `${head}${wrap(open.repeat(n) + '1' + close.repeat(n))}`;
};
/** Just under the nesting limit, over and over: passes the host's check, reaches a transpiler. */
const underLimit = (open: string, close: string) => {
  const unit = `${open.repeat(190)}${close.repeat(190)}\n`;
  return fill(unit);
};

async function measured(code: string): Promise<{ result: GradeResult; stallMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const result = await grade(exercise, code, { seed: 3, pool });
  h.disable();
  return { result, stallMs: h.max / 1e6 };
}

const NESTING = /nests deeper than 200 levels at line \d+/;

describe('deeply nested code', () => {
  it.each([
    { name: 'nested arrow functions', code: fill('x => ', 'export const f = ', '1;') },
    {
      name: 'nested arrow functions, one per line',
      code: fill('x =>\n', 'export const f =\n', '1;'),
    },
    {
      name: 'nested blocks',
      code: half('{', '}', (s) => `export function b() ${s.replace('1', '')}\n`),
    },
    { name: 'nested brackets', code: half('[', ']') },
    { name: 'nested parentheses', code: half('(', ')') },
    { name: 'nested template literals', code: half('`${', '}`') },
    { name: 'nested ternaries', code: fill('x ? ', 'export const t = (x: number) => ', '1;') },
  ])('$name: refused with the line, before any transpiler', async ({ code }) => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(MAX_CODE_BYTES);
    const { result, stallMs } = await measured(code);
    expect(result.gradable).toBe(false);
    expect(result.formatErrors?.[0]?.message).toMatch(NESTING);
    expect(stallMs).toBeLessThan(400);
    expect((await grade(exercise, honest, { seed: 3, pool })).score).toBe(1);
  });

  it.each([
    { name: 'blocks', code: underLimit('{', '}') },
    { name: 'brackets', code: underLimit('[', ']').replaceAll('\n[', '\nvoid [') },
    { name: 'parentheses', code: underLimit('(', ')').replaceAll('\n(', '\nvoid (') },
  ])(
    '64 KB of $name nested just under the limit: a named result, the host free',
    async ({ code }) => {
      const { result, stallMs } = await measured(code);
      // Graded (the honest function passes) or refused with a format error that says why.
      if (result.gradable) expect(result.score).toBe(1);
      else expect(result.formatErrors?.[0]?.message).toMatch(/compile|KB|nest|Unexpected/);
      expect(stallMs).toBeLessThan(400);
      expect((await grade(exercise, honest, { seed: 3, pool })).score).toBe(1);
    },
  );
});
