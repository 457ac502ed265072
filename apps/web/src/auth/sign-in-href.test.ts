import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '../http/safe-redirect';
import { signInHref } from './sign-in-href';

describe('signInHref', () => {
  it('comes back to the page and the widget the visitor was on', () => {
    const href = signInHref('/courses/calculus-for-ml/why-calculus#practice-q1');
    expect(href).toBe(
      '/signin?callbackUrl=%2Fcourses%2Fcalculus-for-ml%2Fwhy-calculus%23practice-q1',
    );
    const back = new URL(href, 'http://slope.test').searchParams.get('callbackUrl');
    expect(safeRedirectPath(back, 'http://slope.test')).toBe(
      '/courses/calculus-for-ml/why-calculus#practice-q1',
    );
  });
});
