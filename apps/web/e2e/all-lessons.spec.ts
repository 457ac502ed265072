import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

test('every lesson of the course renders its math with no console errors', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));

  await page.goto('/courses/calculus-for-ml');
  const links = page.getByRole('list', { name: 'Lessons' }).getByRole('link');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(11);

  for (const href of hrefs) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    expect(await page.locator('.katex').count(), `${href} has math`).toBeGreaterThan(0);
    await expect(page.locator('.katex-error'), `${href} has no KaTeX errors`).toHaveCount(0);
    await expectAccessible(page);
  }
  expect(errors).toEqual([]);
});
