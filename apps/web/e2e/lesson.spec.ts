import { expect, test } from '@playwright/test';
import { demo, expectAccessible, expectSignedInAs, FIRST_LESSON, signIn } from './support';

test('the demo learner signs in, opens the first lesson and reads server-rendered math', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    // A body still arriving when the test ends can no longer be read; that is not a failure.
    const source = await response.text().catch(() => null);
    if (source !== null) scripts.push(source);
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  await signIn(page, demo.learner.email, demo.learner.password);
  await page.waitForURL('/');
  await expectSignedInAs(page, demo.learner.name);

  await page.getByRole('link', { name: 'Calculus for Machine Learning' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calculus for Machine Learning');
  await page.getByRole('link', { name: 'Why calculus drives training', exact: true }).click();
  await page.waitForURL(FIRST_LESSON);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why calculus drives training');
  // KaTeX HTML from the server: display math, and MathML for screen readers.
  const display = page.locator('.katex-display').first();
  await expect(display).toBeVisible();
  expect(await page.locator('.katex').count()).toBeGreaterThan(10);
  await expect(
    page.locator('annotation[encoding="application/x-tex"]', { hasText: '\\hat{y}' }).first(),
  ).toBeAttached();
  // KaTeX's fonts are served with the CSS, so the math is typeset, not raw TeX.
  await expect(page.locator('.prose')).not.toContainText('$$');
  // No KaTeX JavaScript reaches the browser.
  expect(scripts.some((source) => source.includes('KaTeX parse error'))).toBe(false);
  await expect(page.locator('pre code .hljs-keyword').first()).toBeVisible();

  await page.screenshot({ path: 'test-results/lesson-1.png', fullPage: false });
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('unknown courses and lessons are proper 404 pages', async ({ page }) => {
  for (const path of ['/courses/no-such-course', '/courses/calculus-for-ml/no-such-lesson']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  }
});

test('the home page lists the course and is accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Calculus for Machine Learning' })).toBeVisible();
  await expectAccessible(page);
});
