import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto('/');
});

test('function plot: drag the point by mouse; the tangent slope read-out follows', async ({
  page,
}) => {
  // the Mafs plot loads when it nears the viewport
  await page.locator('#plots').scrollIntoViewIfNeeded();
  const plot = page.locator('.slope-function-plot');
  await plot.scrollIntoViewIfNeeded();
  const readout = plot.locator('[data-readout="slope"]');
  await expect(readout).toContainText('At x = 1.00');
  await expect(readout).toContainText('tangent slope 2');
  const point = plot.locator('.mafs-movable-point-point');
  const box = await point.boundingBox();
  if (!box) throw new Error('no point');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 120, box.y, { steps: 10 });
  await page.mouse.up();
  await expect(readout).not.toContainText('At x = 1.00');
  await expect(readout).toContainText(/tangent slope -?0\.\d+|tangent slope -/);
});

test('function plot: keyboard on the slider and on the point; h → 0 animation', async ({
  page,
}) => {
  // the Mafs plot loads when it nears the viewport
  await page.locator('#plots').scrollIntoViewIfNeeded();
  const plot = page.locator('.slope-function-plot');
  await plot.scrollIntoViewIfNeeded();
  const readout = plot.locator('[data-readout="slope"]');
  // the x slider under the plot (the draggable point is a slider too, first in the page)
  const slider = plot.locator('input[type="range"]').first();
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText('At x = 1.10');
  await plot.locator('.mafs-movable-point').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(readout).not.toContainText('At x = 1.10');
  await plot.getByRole('button', { name: 'Animate h → 0' }).click();
  await expect(readout).toContainText('h = 0.001', { timeout: 10_000 });
  await expect(readout).toContainText(/difference (0\.00\d|\d(\.\d+)?e-\d)/);
});

test('contour plot: learning rate slider shows crawl and overshoot; drag and arrow keys move the start', async ({
  page,
}) => {
  const plot = page.locator('.slope-contour');
  await plot.scrollIntoViewIfNeeded();
  const readout = plot.locator('[data-readout="descent"]');
  const slider = plot.getByRole('slider', { name: /learning rate/ });
  await slider.fill('0');
  await expect(readout).toHaveAttribute('data-verdict', 'crawling');
  await slider.fill('0.93');
  await expect(readout).toHaveAttribute('data-verdict', /oscillating|diverged/);
  await slider.fill('1');
  await expect(readout).toHaveAttribute('data-verdict', 'diverged');

  const handle = plot.getByRole('button', { name: /Start point/ });
  const before = await handle.getAttribute('aria-label');
  const box = await handle.boundingBox();
  if (!box) throw new Error('no handle');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 60, { steps: 8 });
  await page.mouse.up();
  await expect(handle).not.toHaveAttribute('aria-label', before ?? '');
  const moved = await handle.getAttribute('aria-label');
  await handle.focus();
  await page.keyboard.press('ArrowUp');
  await expect(handle).not.toHaveAttribute('aria-label', moved ?? '');
});

test('line chart: hovering shows values in the legend', async ({ page }) => {
  const chart = page.locator('.slope-chart', { hasText: 'crawl, converge, overshoot' });
  await chart.scrollIntoViewIfNeeded();
  const over = chart.locator('.u-over');
  await expect(over).toBeVisible();
  const box = await over.boundingBox();
  if (!box) throw new Error('no chart');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await expect(chart.locator('.u-legend .u-value').first()).not.toHaveText('--');
  await expect(chart.locator('.u-legend')).toContainText('η = 0.195');
});
