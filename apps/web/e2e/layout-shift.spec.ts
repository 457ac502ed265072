import { expect, type Page, test } from '@playwright/test';
import { FIRST_LESSON } from './support';

/** Where the page's content starts before the session arrives and after: it must not move. */
async function mainTopWhileLoadingAndAfter(page: Page, path: string) {
  // Hold the session request back, to see the page as it is while the header loads.
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/auth/session', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path);
  const main = page.locator('main');
  await expect(page.locator('.user-menu[aria-busy="true"]')).toBeAttached();
  const before = (await main.boundingBox())!.y;
  release();
  await expect(page.getByRole('link', { name: 'Sign up' })).toBeVisible();
  const after = (await main.boundingBox())!.y;
  return { before, after };
}

for (const width of [1280, 390]) {
  test(`at ${width} px the header keeps its height while the session loads`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    for (const path of ['/', FIRST_LESSON]) {
      const { before, after } = await mainTopWhileLoadingAndAfter(page, path);
      expect(after, `${path}: content moved from ${before} px to ${after} px`).toBe(before);
      await page.unrouteAll();
    }
  });
}
