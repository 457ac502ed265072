import { describe, expect, it } from 'vitest';
import { learnerLine } from './source-map.ts';
import { transpileSubmission } from './transpile.ts';

describe('learnerLine', () => {
  it('maps a QuickJS stack frame in transpiled code back to the TypeScript line', async () => {
    const source = [
      'type V = number[];',
      'export function f(v: V): number {',
      '  const n: number = v.length;',
      '  return (v as any).missing.length + n;',
      '}',
    ].join('\n');
    const t = await transpileSubmission(source);
    if (!t.ok) throw new Error('does not compile');
    const generatedLine = t.code.split('\n').findIndex((l) => l.includes('missing')) + 1;
    expect(learnerLine(`at f (submission.js:${generatedLine}:10)`, t.mappings)).toBe(4);
    expect(learnerLine('at f (other.js:1:1)', t.mappings)).toBeNull();
  });
});
