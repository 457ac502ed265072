import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './split-front-matter';

describe('splitFrontMatter', () => {
  it.each([
    {
      name: 'blanks the block so line numbers stay',
      source: '---\ntitle: Limits\nminutes: 5\n---\n# Hi\n',
      body: '\n\n\n\n# Hi\n',
      title: 'Limits',
    },
    {
      name: 'unquotes a quoted title',
      source: "---\ntitle: 'Slopes: a start'\n---\ntext",
      body: '\n\n\ntext',
      title: 'Slopes: a start',
    },
    {
      name: 'leaves a source without front matter alone',
      source: '# Hi\n---\n',
      body: '# Hi\n---\n',
      title: null,
    },
    {
      name: 'has no title when the block has none',
      source: '---\nsummary: s\n---\n',
      body: '\n\n\n',
      title: null,
    },
  ])('$name', ({ source, body, title }) => {
    const split = splitFrontMatter(source);
    expect(split).toEqual({ body, title, issue: null });
    expect(split.body.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('reports a block that is never closed at line 1', () => {
    expect(splitFrontMatter('---\ntitle: x\n# Hi\n').issue).toEqual({
      line: 1,
      column: 1,
      reason: 'the front matter is never closed: end it with a line holding only ---',
    });
  });
});
