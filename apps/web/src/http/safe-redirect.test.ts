import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

const SITE = 'https://slope.example';

describe('safeRedirectPath', () => {
  it.each([
    { target: '/dashboard', expected: '/dashboard' },
    { target: '/courses/calculus-for-ml?x=1#top', expected: '/courses/calculus-for-ml?x=1#top' },
    { target: 'https://slope.example/teach', expected: '/teach' },
    { target: '/%5Cevil.example/x', expected: '/%5Cevil.example/x' },
    { target: '/a/../teach', expected: '/teach' },
    // a browser reads a same-scheme URL without slashes as a path, and so does the resolver
    { target: 'https:evil.example', expected: '/evil.example' },
  ])('keeps $target as $expected', ({ target, expected }) => {
    expect(safeRedirectPath(target, SITE)).toBe(expected);
  });

  it.each([
    // what the sign-in page received once Next had decoded the query string
    '/\\evil.example/x',
    '/\t/evil.example/x',
    '/\n/evil.example/x',
    '\\\\evil.example/x',
    '//evil.example/x',
    '///evil.example/x',
    ' //evil.example/x',
    'https://evil.example/x',
    'http://slope.example/x',
    'https://slope.example.evil.example/',
    'https://slope.example@evil.example/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'http://[::1',
    '',
    undefined,
    null,
  ])('sends %j home instead', (target) => {
    expect(safeRedirectPath(target, SITE)).toBe('/');
  });

  it('accepts the site itself on another port only when that is the site', () => {
    expect(safeRedirectPath('http://localhost:3001/x', 'http://localhost:3000')).toBe('/');
    expect(safeRedirectPath('http://localhost:3000/x', 'http://localhost:3000')).toBe('/x');
  });
});
