import { describe, expect, it } from 'vitest';
import { MAX_CODE_BYTES, transpileSubmission } from './transpile.ts';

describe('transpileSubmission', () => {
  it.each([
    { name: 'empty code', code: '   \n', message: /empty/ },
    {
      name: 'code over 64 KB',
      code: `// ${'x'.repeat(MAX_CODE_BYTES)}`,
      message: /limit is 64 KB/,
    },
    { name: 'a lone surrogate', code: 'export const f = "\uD800";', message: /UTF-8/ },
    { name: 'invalid UTF-8 bytes', code: Uint8Array.of(0x65, 0xff, 0xfe), message: /UTF-8/ },
    {
      name: 'a Node import',
      code: "import fs from 'fs';\nexport const f = 1;",
      message: /found `fs`/,
    },
    {
      name: 'an unused import',
      code: "import { x } from 'lodash';\nexport const f = 1;",
      message: /found `lodash`/,
    },
    {
      name: 'a literal dynamic import',
      code: "export const f = () => import('node:child_process');",
      message: /found `node:child_process`/,
    },
    { name: 'require', code: "export const f = () => require('fs');", message: /found `fs`/ },
  ])('refuses $name with a clear format error', async ({ code, message }) => {
    const r = await transpileSubmission(code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(message);
  });

  it('reports syntax errors with 1-based line and column', async () => {
    const r = await transpileSubmission('export function f(x: number) {\n  return x +;\n}');
    expect(r).toMatchObject({
      ok: false,
      errors: [{ file: 'submission.ts', line: 2, column: 13 }],
    });
  });

  it('strips types and keeps @slope/numeric as an import', async () => {
    const r = await transpileSubmission(
      "import { tensor } from '@slope/numeric';\nexport const f = (x: number): number => tensor([x]).data[0]!;",
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.importsNumeric).toBe(true);
      expect(r.code).toMatch(/from ['"]@slope\/numeric['"]/);
      expect(r.code).not.toContain(': number');
    }
  });

  it('strips plain code in-process, keeping every line where it was', async () => {
    const source =
      'export function f(x: number): number {\n  const y: number = 2 * x;\n  return y;\n}';
    const r = await transpileSubmission(source);
    expect(r).toMatchObject({ ok: true, quick: true, importsNumeric: false });
    if (r.ok) expect(r.code.split('\n')[1]).toBe('  const y = 2 * x;');
  });

  it.each([
    [
      'a namespace',
      'namespace N { export const k = 2; }\nexport const f = (x: number) => N.k * x;',
    ],
    [
      'a decorator',
      'const d = (c: any) => c;\n@d class A {}\nexport const f = (x: number) => 2 * x;',
    ],
    [
      'an import named in a comment',
      '// import fs from "fs"\nexport const f = (x: number) => 2 * x;',
    ],
  ])('leaves %s to esbuild', async (_, source) => {
    const r = await transpileSubmission(source);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.quick).toBeUndefined();
      expect(r.code).toContain('export');
    }
  });

  it('answers at once on input built to make its import check backtrack', async () => {
    // Valid code (the line is inside a template literal), so the check runs on it.
    const r = await transpileSubmission(
      `export const s = \`\nimport a${' '.repeat(60_000)}x\`;\nexport const f = (x: number) => 2 * x;`,
    );
    expect(r.ok).toBe(true);
  });

  it.each([
    "import { tensor, type Tensor } from '@slope/numeric';",
    'import * as numeric from "@slope/numeric"',
    "import type { Tensor } from '@slope/numeric';",
  ])('keeps the fast path for %s', async (line) => {
    const r = await transpileSubmission(`${line}\nexport const f = (x: number) => 2 * x;`);
    expect(r).toMatchObject({ ok: true, quick: true });
  });

  it('strict mode always asks esbuild, which checks syntax more strictly', async () => {
    const source = 'let a = 1;\nlet a = 2;\nexport const f = (x: number) => a * x;';
    expect(await transpileSubmission(source)).toMatchObject({ ok: true, quick: true });
    const strict = await transpileSubmission(source, { strict: true });
    expect(strict).toMatchObject({ ok: false, errors: [{ line: 2 }] });
    if (!strict.ok) expect(strict.errors[0]?.message).toMatch(/already been declared/);
  });
});
