import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexContent } from './content-index';
import { checkLessonLinks } from './lesson-links';

const dir = mkdtempSync(path.join(tmpdir(), 'slope-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lesson(folder: string, draft: boolean) {
  mkdirSync(path.join(dir, 'demo', folder), { recursive: true });
  writeFileSync(
    path.join(dir, 'demo', folder, 'index.mdx'),
    `---\ntitle: T\nsummary: S\nobjectives: [O]\nminutes: 1\ndraft: ${draft}\n---\n`,
  );
}
mkdirSync(path.join(dir, 'demo'));
writeFileSync(
  path.join(dir, 'demo/course.json'),
  JSON.stringify({ slug: 'demo', title: 'Demo', summary: 'Demo.' }),
);
lesson('01-published', false);
lesson('02-draft', true);

describe('checkLessonLinks', () => {
  const courses = indexContent(dir);
  const [published, draft] = courses[0]!.lessons;

  it.each([
    {
      body: 'See [two](../02-draft).',
      from: 'published',
      problem: /points at draft lesson 02-draft/,
    },
    { body: 'See [two](/courses/demo/draft).', from: 'published', problem: /draft lesson/ },
    { body: 'See [two](../02-draft).', from: 'draft', problem: null },
    { body: 'See [one](/courses/demo/published#top).', from: 'draft', problem: null },
    { body: 'See [one](/courses/other/published).', from: 'draft', problem: /no course "other"/ },
    { body: '\n\n[one]: ../03-gone\n\nSee [one].', from: 'draft', problem: /3:1: .*03-gone/ },
  ])('$body from the $from lesson', ({ body, from, problem }) => {
    const problems = checkLessonLinks(from === 'draft' ? draft! : published!, body, courses).map(
      (p) => `${p.line}:${p.column}: ${p.message}`,
    );
    if (problem) expect(problems).toEqual([expect.stringMatching(problem)]);
    else expect(problems).toEqual([]);
  });
});
