import { describe, expect, it } from 'vitest';
import { arityMatches, parseParams } from './signature.ts';

describe('parseParams', () => {
  it.each([
    { source: 'function grad(w, X, y) { return w; }', params: ['w', 'X', 'y'] },
    { source: 'function f(a = [1, 2], { b, c }) {}', params: ['a', '{ b, c }'] },
    { source: '(x) => 2 * x', params: ['x'] },
    { source: 'x => 2 * x', params: ['x'] },
    { source: 'async (a, ...rest) => a', params: ['a', '...rest'] },
    { source: 'function () {}', params: [] },
    { source: 'class A {}', params: null },
  ])('$source', ({ source, params }) => {
    expect(parseParams(source)).toEqual(params);
  });

  it('accepts rest parameters for any arity above the fixed ones', () => {
    expect(arityMatches(['a', '...rest'], 3)).toBe(true);
    expect(arityMatches(['a', 'b'], 3)).toBe(false);
  });
});
