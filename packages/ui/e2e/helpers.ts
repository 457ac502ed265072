import type { Locator, Page } from '@playwright/test';

/** Drags from the centre of one element to the centre of another with real mouse events. */
export async function drag(page: Page, from: Locator, to: Locator, { steps = 12 } = {}) {
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('element not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 6, a.y + a.height / 2 + 6, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps });
  await page.mouse.up();
}

/** Item ids of a list of draggable items, in DOM order. */
export async function itemIds(items: Locator): Promise<string[]> {
  return items.evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id') ?? ''));
}
