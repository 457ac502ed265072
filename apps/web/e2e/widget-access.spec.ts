import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, FIRST_LESSON } from './support';

const LESSON = (slug: string) => `/courses/calculus-for-ml/${slug}`;

/** Scroll regions (display math, code, tables) that are Tab stops though they fit, or scroll but are not. */
async function tabStopMismatches(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scroll-region]')]
      .filter((el) => el.getClientRects().length > 0) // shown (not in a closed <details>)
      .map((el) => ({
        what: `${el.tagName.toLowerCase()}.${el.className}`,
        scrolls: el.scrollWidth > el.clientWidth + 1,
        focusable: el.getAttribute('tabindex') === '0',
      }))
      .filter((r) => r.scrolls !== r.focusable),
  );
}

async function scrollingMath(page: Page): Promise<number> {
  return page
    .locator('.katex-display')
    .evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).length);
}

const MATH_LESSONS = ['why-calculus', 'chain-rule-and-backprop', 'jacobians-and-hessians'];

for (const width of [1280, 390]) {
  test(`at ${width} px display math is a Tab stop only where it scrolls`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    let fitting = 0;
    let scrolling = 0;
    for (const slug of MATH_LESSONS) {
      await page.goto(LESSON(slug));
      await page.waitForLoadState('networkidle');
      await expect.poll(() => tabStopMismatches(page), { message: slug }).toEqual([]);
      const math = page.locator('.katex-display');
      const wide = await scrollingMath(page);
      scrolling += wide;
      fitting += (await math.count()) - wide;
    }
    expect(fitting, 'formulas that fit (none of them a Tab stop)').toBeGreaterThan(0);
    if (width === 390) expect(scrolling, 'some formula is wider than a phone').toBeGreaterThan(0);
    await expectAccessible(page);
  });
}

test("the loss plot's point says what it is and where, and arrow keys move it", async ({
  page,
}) => {
  await page.goto(FIRST_LESSON);
  // The plot loads as it nears the viewport.
  await page.locator('.slope-plot').first().scrollIntoViewIfNeeded();
  const point = page.getByRole('slider', { name: /^Point on L\(w\)/ });
  await expect(point).toHaveAccessibleName('Point on L(w): w = 0.50, L(w) = 10.50');
  await point.focus();
  await page.keyboard.press('ArrowRight');
  await expect(point).not.toHaveAccessibleName(/w = 0\.50,/);
  await expect(point).toHaveAccessibleName(/^Point on L\(w\): w = 0\.[6-9]\d, L\(w\) = \d+\.\d\d$/);
  await expectAccessible(page);
});

test('ordering and match show their short how-to, which also describes each item', async ({
  page,
}) => {
  for (const [slug, widget, text] of [
    ['linear-approximation-and-gradient-descent', '.slope-ordering', /Drag items into order/],
    ['slope-and-its-sign', '.slope-match', /Drag an item onto a target/],
  ] as const) {
    await page.goto(LESSON(slug));
    const root = page.locator(widget).first();
    await root.scrollIntoViewIfNeeded();
    const hint = root.locator('.slope-hint');
    await expect(hint).toBeVisible();
    await expect(hint).toHaveText(text);
    const firstItem = root.getByRole('button').first();
    await expect(firstItem).toHaveAccessibleDescription(text);
  }
});

test('the loss chart legend shows the latest values before any hover', async ({ page }) => {
  await page.goto(LESSON('learning-rate-and-optimizers'));
  const legend = page.locator('.slope-chart .u-legend').first();
  await legend.scrollIntoViewIfNeeded();
  await expect(legend).toBeVisible();
  const values = legend.locator('.u-value');
  expect(await values.count()).toBeGreaterThan(1);
  for (const value of await values.all()) await expect(value).toHaveText(/\d/);
  await expect(legend).not.toContainText('—');
});
