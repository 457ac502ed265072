import { describe, expect, it } from 'vitest';
import { headingSlug, headingsOf } from './heading-ids';
import { parseMdxTree } from './mdx-tree';

describe('headingSlug', () => {
  it.each([
    { text: 'The gradient of mean squared error', id: 'the-gradient-of-mean-squared-error' },
    { text: '4. Hunt NaNs and Infs', id: '4-hunt-nans-and-infs' },
    { text: 'Why penalise weights?', id: 'why-penalise-weights' },
    { text: 'L1: a constant push', id: 'l1-a-constant-push' },
    { text: 'Forward pass, then backward pass', id: 'forward-pass-then-backward-pass' },
    { text: 'Schedules: changing the rate over time', id: 'schedules-changing-the-rate-over-time' },
    { text: 'Élan and snake_case', id: 'élan-and-snake_case' },
    { text: '?!', id: 'section' },
  ])('$text → #$id', ({ text, id }) => {
    expect(headingSlug(text)).toBe(id);
  });
});

describe('headingsOf', () => {
  it('numbers repeated titles and reads code and math as text', () => {
    const body = '## Check\n\ntext\n\n### Check\n\n## The `grad` of $L$\n';
    expect(headingsOf(parseMdxTree('/x.mdx', body))).toEqual([
      { id: 'check', text: 'Check', depth: 2, line: 1 },
      { id: 'check-1', text: 'Check', depth: 3, line: 5 },
      { id: 'the-grad-of-l', text: 'The grad of L', depth: 2, line: 7 },
    ]);
  });
});
