import { describe, expect, it } from 'vitest';
import { formatIssue, toPreviewIssue } from './preview-issue';

describe('toPreviewIssue', () => {
  it.each([
    {
      name: 'a message with a place',
      error: { reason: 'Unexpected character', line: 4, column: 3 },
      expected: 'line 4, column 3: Unexpected character',
    },
    {
      name: 'an end-of-document error, placed by its reason',
      error: { reason: 'Expected a closing tag for `<div>` (5:1-5:6)' },
      expected: 'line 5, column 1: Expected a closing tag for `<div>` (5:1-5:6)',
    },
    {
      name: 'bad math',
      error: { source: 'rehype-katex', line: 2, column: 1, cause: { message: 'KaTeX: oops' } },
      expected: 'line 2, column 1: math does not parse: KaTeX: oops',
    },
    {
      name: 'an error from running the draft, which has no place',
      error: new ReferenceError('x is not defined'),
      expected: 'while running the draft: x is not defined',
    },
  ])('$name', ({ error, expected }) => {
    expect(formatIssue(toPreviewIssue(error))).toBe(expected);
  });
});
