import { describe, expect, it } from 'vitest';
import { mathLabel, plainText, speakTex } from './plain-text.ts';

describe('speakTex', () => {
  it.each([
    { tex: 'x^2', spoken: 'x squared' },
    { tex: 'e^x', spoken: 'e to the power x' },
    { tex: '\\frac{1}{2} w^{10}', spoken: '1 over 2 w to the power 10' },
    { tex: '\\lambda \\lVert w \\rVert^2', spoken: 'lambda norm of w squared' },
    { tex: 'w_1', spoken: 'w sub 1' },
    { tex: "f'(x)", spoken: 'f prime (x)' },
    { tex: '\\nabla L(w)', spoken: 'nabla L(w)' },
  ])('$tex → $spoken', ({ tex, spoken }) => {
    expect(speakTex(tex)).toBe(spoken);
  });

  it('labels only text that is all math', () => {
    expect(mathLabel('plain')).toBeUndefined();
    expect(mathLabel('slope of $x^2$')).toBeUndefined();
    expect(mathLabel(' $x^2$ ')).toBe('x squared');
    expect(plainText('The $\\sin x$ curve')).toBe('The sin x curve');
  });
});
