import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'slope-author-page-'));
cpSync(path.join(import.meta.dirname, '../../content/fixtures/broken-course'), dir, {
  recursive: true,
});
mkdirSync(path.join(dir, 'demo/05-coming-soon'));
writeFileSync(
  path.join(dir, 'demo/05-coming-soon/index.mdx'),
  '---\ntitle: Coming soon\nsummary: Not yet.\nobjectives: [Wait]\nminutes: 1\ndraft: true\n---\n\nSoon.\n',
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const requirePermission = vi.fn(async () => ({ id: 'u1', role: 'AUTHOR' }));
vi.mock('../../auth/guard', () => ({ requirePermission }));
vi.mock('../../content/courses', async (original) => ({
  ...(await original<typeof import('../../content/courses')>()),
  contentDir: () => dir,
}));

describe('/author', () => {
  it('lists lessons (drafts linked to their preview) and exercises with their problems', async () => {
    const { default: AuthorPage } = await import('./page');
    const html = renderToStaticMarkup(await AuthorPage());
    expect(requirePermission).toHaveBeenCalledWith('author', '/author');
    expect(html).toContain('href="/courses/demo/broken-links"');
    expect(html).toContain('href="/author/preview?lesson=demo/coming-soon"');
    expect(html).toContain('(draft — preview)');
    expect(html).toMatch(/02-bad-widgets\/index\.mdx:15:1<\/code>: &lt;FunctionPlot&gt; prop fn/);
    expect(html).toMatch(
      /exercises\/orphan\/manifest\.json:1:1<\/code>: exercise &quot;orphan&quot;/,
    );
    expect(html).toContain('not proved yet — run pnpm content:check');
    // Statistics are at /author/exercises/<id>, not under the lesson folder.
    expect(html).toContain('href="/author/exercises/weak-tests"');
    expect(html).not.toMatch(/href="\/author\/exercises\/04-/);
    expect(html).toContain('href="/author/preview"');
  });
});
