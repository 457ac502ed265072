import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Hidden tests, reference solutions and answer keys never reach the browser. Markers planted
 * in the hidden files of the mse-gradient exercise, the key-only text of a quiz (its
 * explanation and the feedback of its right answer) and text of worked solutions and hints
 * must appear in no built client file and in no page a visitor can load.
 */
const SECRETS = [
  'slope-hidden-marker-solution-7f3c',
  'slope-hidden-marker-tests-2b9d',
  // quiz gradient-direction: explanation and right-answer feedback (sent only after answering)
  'raises the loss fastest',
  'That is why gradient descent steps the other way',
  // worked solutions and hints (sent by /api/exercises/:id/aids once open for the learner)
  'one multiplication and one addition per coefficient',
  'the residuals are used as they are computed',
  'running power of',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

test('no hidden test, reference solution or answer key is in the client bundle', () => {
  const staticDir = path.resolve(import.meta.dirname, '../.next/static');
  const files = filesUnder(staticDir);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
  }
});

test('no hidden test, reference solution or answer key is in any rendered page', async ({
  page,
}) => {
  await page.goto('/courses/calculus-for-ml');
  const hrefs = await page
    .getByRole('list', { name: 'Lessons' })
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  for (const href of ['/', '/courses/calculus-for-ml', ...hrefs]) {
    const html = await (await page.request.get(href)).text();
    for (const secret of SECRETS) expect(html.includes(secret), `${secret} in ${href}`).toBe(false);
    expect(html, href).not.toMatch(/"correct":\s*true/);
  }
});
