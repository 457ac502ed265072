import { describe, expect, it } from 'vitest';
import { lessonLinkHref, lessonLinkTarget } from './lesson-links';

const from = '/repo/content/calculus-for-ml/05-linear-approximation/index.mdx';

describe('lessonLinkTarget', () => {
  it.each([
    {
      url: '/courses/calculus-for-ml/chain-rule#jacobians',
      expected: { course: 'calculus-for-ml', slug: 'chain-rule', suffix: '#jacobians' },
    },
    { url: '/courses/calculus-for-ml', expected: { course: 'calculus-for-ml', suffix: '' } },
    {
      url: '../06-chain-rule',
      expected: { course: 'calculus-for-ml', folder: '06-chain-rule', suffix: '' },
    },
    {
      url: '../06-chain-rule/index.mdx#top',
      expected: { course: 'calculus-for-ml', folder: '06-chain-rule', suffix: '#top' },
    },
    {
      url: '../../other-course/01-intro',
      expected: { course: 'other-course', folder: '01-intro', suffix: '' },
    },
    { url: 'https://example.com/courses/x/y', expected: null },
    { url: './exercises/mse-gradient/prompt.mdx', expected: null },
    { url: '/dashboard', expected: null },
  ])('$url', ({ url, expected }) => {
    expect(lessonLinkTarget(url, from)).toEqual(expected);
  });

  it('gives the site URL of a relative link', () => {
    const target = lessonLinkTarget('../06-chain-rule#top', from);
    expect(target && lessonLinkHref(target)).toBe('/courses/calculus-for-ml/chain-rule#top');
  });
});
