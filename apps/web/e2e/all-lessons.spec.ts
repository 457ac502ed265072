import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

// One test per published lesson (a failure names the lesson, and each has its own time: a slow
// machine makes one lesson slow, not the whole course late).
const courseDir = path.resolve(import.meta.dirname, '../../../content/calculus-for-ml');
const lessons = readdirSync(courseDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d\d-/.test(entry.name))
  .filter((entry) => {
    const source = readFileSync(path.join(courseDir, entry.name, 'index.mdx'), 'utf8');
    return !/^draft:\s*true\s*$/m.test(source.split(/^---$/m)[1] ?? '');
  })
  .map((entry) => entry.name.slice(3));

test('the course page lists every published lesson', async ({ page }) => {
  await page.goto('/courses/calculus-for-ml');
  const links = page.getByRole('list', { name: 'Lessons' }).getByRole('link');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect(hrefs).toEqual(lessons.map((slug) => `/courses/calculus-for-ml/${slug}`));
  expect(hrefs.length).toBeGreaterThanOrEqual(11);
});

for (const slug of lessons) {
  test(`${slug} renders its math, accessibly, with no console errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`/courses/calculus-for-ml/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    expect(await page.locator('.katex').count(), 'has math').toBeGreaterThan(0);
    await expect(page.locator('.katex-error'), 'has no KaTeX errors').toHaveCount(0);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
}
