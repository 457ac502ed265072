import { describe, expect, it } from 'vitest';
import { checkNesting, MAX_NESTING } from './nesting.ts';

const deep = (open: string, close: string, n: number, inner = '1') =>
  `export const f = () => ${open.repeat(n)}${inner}${close.repeat(n)};`;

describe('checkNesting', () => {
  it.each([
    { name: 'parentheses', code: deep('(', ')', 5000) },
    { name: 'array brackets', code: deep('[', ']', 5000) },
    { name: 'blocks', code: `export function f() ${'{'.repeat(5000)}${'}'.repeat(5000)}` },
    { name: 'arrow functions', code: `export const f = ${'x => '.repeat(5000)}1;` },
    { name: 'arrows, one per line', code: `export const f =\n${'x =>\n'.repeat(5000)}1;` },
    {
      name: 'ternaries',
      code: `export const f = (a) => ${'a ? '.repeat(5000)}1${' : 0'.repeat(5000)};`,
    },
    {
      name: 'template literals',
      code: `export const f = () => ${'`${'.repeat(5000)}1${'}`'.repeat(5000)};`,
    },
  ])('refuses deeply nested $name with the line', ({ code }) => {
    const error = checkNesting(code);
    expect(error?.message).toMatch(new RegExp(`deeper than ${MAX_NESTING} levels at line \\d+`));
    expect(error?.line).toBeGreaterThan(0);
  });

  it.each([
    {
      name: 'ordinary code',
      code: 'export function grad(w: number[], X: number[][]) {\n  return w.map((v, j) => X.reduce((s, row) => s + row[j]! * v, 0));\n}',
    },
    {
      name: 'brackets in strings and comments',
      code: `// ${'('.repeat(500)}\nexport const s = "${'{'.repeat(500)}" + '${'['.repeat(500)}';\n/* ${'{'.repeat(500)} */`,
    },
    {
      name: 'template text',
      code: `export const t = \`${'('.repeat(500)}\${1}${'['.repeat(500)}\`;`,
    },
    { name: 'many arrows side by side', code: `export const fs = [${'(x) => x, '.repeat(1000)}];` },
    { name: 'many statements', code: 'const a = (x: number) => (x > 0 ? x : -x);\n'.repeat(1000) },
    {
      name: 'optional chaining and nullish',
      code: `export const f = (o: any) => ${'o?.a ?? '.repeat(1000)}1;`,
    },
    { name: 'nesting just at the limit', code: deep('(', ')', MAX_NESTING - 2) },
  ])('accepts $name', ({ code }) => {
    expect(checkNesting(code)).toBeNull();
  });

  it('names the line where the nesting goes too deep', () => {
    const code = `export const ok = 1;\n\nexport const f = () => ${'['.repeat(300)}${']'.repeat(300)};`;
    expect(checkNesting(code)?.line).toBe(3);
  });
});
