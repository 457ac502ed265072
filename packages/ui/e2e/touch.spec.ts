import { expect, type Locator, type Page, test } from '@playwright/test';
import { itemIds } from './helpers.ts';

test.use({ hasTouch: true, viewport: { width: 420, height: 900 } });

/** A finger drag through CDP touch events (Chromium turns them into pointer events). */
async function touchDrag(page: Page, from: Locator, to: Locator, at = 0.5) {
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('not visible');
  const cdp = await page.context().newCDPSession(page);
  const point = (x: number, y: number) => [{ x, y, id: 1 }];
  const [x0, y0] = [a.x + a.width / 2, a.y + a.height / 2];
  const [x1, y1] = [b.x + b.width / 2, b.y + b.height * at];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x0, y0) });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point(x0 + ((x1 - x0) * i) / 10, y0 + ((y1 - y0) * i) / 10),
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('ordering: drag an item with a finger', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('.slope-ordering .slope-ordering__item');
  const before = await itemIds(items);
  // to the lower part of the third item: past its middle, as a finger would go
  await touchDrag(page, items.nth(0), items.nth(2), 0.8);
  const after = await itemIds(items);
  expect(after[2]).toBe(before[0]);
  await expect(page.locator('.slope-ordering [aria-live="assertive"]')).toContainText('Dropped');
});

test('match: drag a term onto its meaning with a finger', async ({ page }) => {
  await page.goto('/');
  const widget = page.locator('.slope-match').first();
  const zone = widget.locator('.slope-match__target', { hasText: 'curvature of the loss' });
  await touchDrag(page, widget.locator('.slope-match__item', { hasText: 'Hessian' }), zone);
  await expect(zone.locator('.slope-match__item', { hasText: 'Hessian' })).toBeVisible();
});
