import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const widgets: [string, string][] = [
  ['quiz', '.slope-quiz >> nth=0'],
  ['quiz-math', '.slope-quiz >> nth=1'],
  ['quiz-multiple', '.slope-quiz >> nth=2'],
  ['ordering', '.slope-ordering'],
  ['match', '.slope-match >> nth=0'],
  ['match-categorize', '.slope-match >> nth=1'],
  ['function-plot', '.slope-function-plot'],
  ['math-input', '#math-input .slope-widget'],
  ['contour-plot', '.slope-contour'],
  ['line-chart', '.slope-chart >> nth=0'],
  ['exercise', '.slope-exercise'],
  ['grade-result', '#results'],
];

/** Puts every widget in an answered state so feedback is on screen (and checked by axe). */
async function answerEverything(page: Page) {
  const quiz = page.locator('.slope-quiz').first();
  await quiz.getByText('Straight at the minimum').click();
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.getByRole('status')).toContainText('Not quite');
  const multi = page.locator('.slope-quiz').nth(2);
  await multi.getByRole('checkbox').first().check();
  await multi.getByRole('checkbox').nth(2).check();
  await multi.getByRole('button', { name: 'Check' }).click();
  // A wrong set is only "not yet": no verdict per choice until the set is right.
  await expect(multi.getByRole('status')).toContainText('Not yet');
  const ordering = page.locator('.slope-ordering');
  await ordering.getByRole('button', { name: 'Check order' }).click();
  await expect(ordering.getByRole('status')).toContainText('in the right place');
  const match = page.locator('.slope-match').first();
  for (const [term, target] of [
    ['Hessian', 'slope of the tangent line'],
    ['gradient', 'vector of partial derivatives'],
  ]) {
    await match.locator('.slope-match__item', { hasText: term }).click();
    await match
      .locator('.slope-match__target', { hasText: target })
      .click({ position: { x: 6, y: 6 } });
  }
  const ex = page.locator('.slope-exercise');
  await ex.scrollIntoViewIfNeeded();
  await expect(ex.locator('.cm-editor')).toBeVisible();
  await ex.getByRole('button', { name: /Run/ }).click();
  await expect(ex.getByRole('region', { name: 'Run: public examples' })).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2 A/AA violations and screenshots (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto('/');
    await answerEverything(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.help} → ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
    for (const [name, selector] of widgets) {
      const el = page.locator(selector);
      await el.scrollIntoViewIfNeeded();
      await el.screenshot({
        path: `test-results/screenshots/${name}-${theme}.png`,
        animations: 'disabled',
      });
    }
    // overshoot and crawl on the contour plot, by the learning-rate slider
    const contour = page.locator('.slope-contour');
    const slider = contour.getByRole('slider', { name: /learning rate/ });
    const readout = contour.locator('[data-readout="descent"]');
    await slider.fill('0.93');
    await expect(readout).toHaveAttribute('data-verdict', /oscillating|diverged/);
    await contour.screenshot({
      path: `test-results/screenshots/contour-plot-overshoot-${theme}.png`,
    });
    await slider.fill('0.05');
    await expect(readout).toHaveAttribute('data-verdict', 'crawling');
    await contour.screenshot({ path: `test-results/screenshots/contour-plot-crawl-${theme}.png` });
  });
}

test('data-theme overrides the OS preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const bg = () =>
    page
      .locator('.slope-quiz')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  const light = await bg();
  await page.getByTestId('theme-toggle').click();
  await expect.poll(bg).not.toBe(light);
  await page.locator('.slope-contour').scrollIntoViewIfNeeded();
  await page
    .locator('.slope-contour')
    .screenshot({ path: 'test-results/screenshots/contour-plot-data-theme-dark.png' });
});
