import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileMdx } from './compile-mdx';
import { ContentError } from './content-error';
import { parseLessonSource } from './front-matter';

const fixtures = path.join(import.meta.dirname, 'fixtures/broken/demo');

async function compileFixture(folder: string) {
  const file = path.join(fixtures, folder, 'index.mdx');
  const { body } = parseLessonSource(file, readFileSync(file, 'utf8'));
  return compileMdx(file, body, { components: [] });
}

async function errorOf(run: () => Promise<unknown>): Promise<ContentError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError');
}

describe('compileMdx', () => {
  it('turns relative links between lessons into site URLs', async () => {
    const file = '/repo/content/calculus-for-ml/05-descent/index.mdx';
    const Content = await compileMdx(
      file,
      'See [the chain rule](../06-chain-rule#top) and [the site](https://example.com).',
      { components: [] },
    );
    const html = renderToStaticMarkup(<Content />);
    expect(html).toContain('href="/courses/calculus-for-ml/chain-rule#top"');
    expect(html).toContain('href="https://example.com"');
  });

  it('gives every heading the id a link to its section uses', async () => {
    const body =
      '## One weight at a time\n\n## Check your understanding\n\n### Check your understanding\n';
    const Content = await compileMdx('/virtual/lesson.mdx', body, { components: [] });
    const html = renderToStaticMarkup(<Content />);
    expect(html).toContain('<h2 id="one-weight-at-a-time">One weight at a time</h2>');
    expect(html).toContain('<h2 id="check-your-understanding">');
    expect(html).toContain('<h3 id="check-your-understanding-1">');
  });

  it('renders math to KaTeX HTML on the server, with GFM tables and highlighted code', async () => {
    const body = [
      '# T',
      '',
      'Inline $x^2$ and',
      '',
      '$$',
      '\\frac{a}{b}',
      '$$',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '```ts',
      'const w = 1;',
      '```',
    ].join('\n');
    const Content = await compileMdx('/virtual/lesson.mdx', body, { components: [] });
    const html = renderToStaticMarkup(<Content />);
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
    expect(html).toContain('<table>');
    expect(html).toContain('hljs-keyword');
  });

  it.each([
    ['01-bad-math', 10, 'math does not parse'],
    ['02-bad-syntax', 10, 'Expected a closing tag'],
    ['03-unknown-widget', 10, 'unknown component <Quizz>'],
  ])('%s: names the file, line and column', async (folder, line, reason) => {
    const error = await errorOf(() => compileFixture(folder));
    expect(error.file).toBe(path.join(fixtures, folder, 'index.mdx'));
    expect(error.line).toBe(line);
    expect(error.column).toBeGreaterThan(0);
    expect(error.message).toContain(`${folder}/index.mdx:${line}:${error.column}`);
    expect(error.reason).toContain(reason);
  });

  it('reports bad front matter at the field', async () => {
    const error = await errorOf(() => compileFixture('04-bad-front-matter'));
    expect(error.line).toBe(5);
    expect(error.reason).toContain('minutes');
  });
});
