import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileMdx } from './compile-mdx';

async function html(body: string): Promise<string> {
  const Content = await compileMdx('/virtual/lesson.mdx', body, { components: [] });
  return renderToStaticMarkup(<Content />);
}

describe('rehypeScrollableFocusable', () => {
  it('marks display math and code as scroll regions, reachable by keyboard before any script runs', async () => {
    const out = await html(['$$', 'x^2', '$$', '', '```ts', 'const w = 1;', '```'].join('\n'));
    expect(out).toMatch(/<span class="katex-display" tabindex="0" data-scroll-region="">/);
    expect(out).toMatch(/<pre tabindex="0" data-scroll-region="">/);
  });

  it('wraps a table in a region named by its header row, so the table scrolls and not the page', async () => {
    const out = await html(['| $h$ | error |', '| - | - |', '| 0.1 | 0.01 |'].join('\n'));
    expect(out).toContain(
      '<div class="table-scroll" role="region" aria-label="Table: h, error" tabindex="0" data-scroll-region=""><table>',
    );
  });
});
