import { MDXProvider } from '@mdx-js/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compilePreview, previewComponents } from './preview-engine';
import { formatIssue } from './preview-issue';

const quiz = (props: string) => `<Quiz\n  id="q"\n  stem="Pick"\n  ${props}\n/>`;

describe('compilePreview', () => {
  it('renders math with KaTeX and the real widgets supplied through MDXProvider', async () => {
    const result = await compilePreview(
      `# T\n\n$x^2$\n\n${quiz('choices={[{ text: "a", correct: true }, { text: "b" }]}')}\n\n<Exercise id="mse-gradient" />`,
    );
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const html = renderToStaticMarkup(
      <MDXProvider components={previewComponents}>
        <result.Content />
      </MDXProvider>,
    );
    expect(html).toContain('class="katex"');
    expect(html).toContain('Pick');
    expect(html).toContain('Exercise mse-gradient');
    expect(html).toContain('graded on the lesson page');
  });

  it.each([
    { name: 'MDX syntax', body: '# T\n\nok\n\n<Callout>\n', line: 5 },
    { name: 'an unknown component', body: '# T\n\n\n<Quizz />\n', line: 4, reason: /<Quizz>/ },
    {
      name: 'a spec problem',
      body: `# T\n\n${quiz('choices={[{ text: "a" }, { text: "b" }]}')}\n`,
      line: 3,
      reason: /<Quiz> prop choices: no choice is marked correct/,
    },
    { name: 'a missing id', body: '\n<Exercise />\n', line: 2, reason: /needs an id/ },
    { name: 'math that does not parse', body: '# T\n\n$\\frac{1$\n', line: 3, reason: /math/ },
  ])('reports $name at its line', async ({ body, line, reason }) => {
    const result = await compilePreview(body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.line).toBe(line);
    if (reason) expect(result.issues[0]?.reason).toMatch(reason);
  });
});
