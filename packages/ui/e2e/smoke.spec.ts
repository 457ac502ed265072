import { expect, test } from '@playwright/test';

test('demo page renders without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '@slope/ui widgets' })).toBeVisible();
  await page.screenshot({ path: 'test-results/smoke-full.png', fullPage: true });
  expect(errors).toEqual([]);
});
