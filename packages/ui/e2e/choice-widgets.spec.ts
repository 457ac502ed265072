import { expect, test } from '@playwright/test';
import { drag, itemIds } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test.describe('Quiz', () => {
  test('mouse: a wrong answer shows its misconception, the right one the explanation', async ({
    page,
  }) => {
    const quiz = page.locator('.slope-quiz').first();
    await quiz.getByText('The direction of steepest descent').click();
    await quiz.getByRole('button', { name: 'Check' }).click();
    await expect(quiz.getByText(/The gradient itself points uphill/)).toBeVisible();
    await expect(quiz.getByRole('status')).toContainText('Not quite');
    await quiz.getByRole('button', { name: 'Try again' }).click();
    await quiz.getByText('The direction of steepest ascent').click();
    await quiz.getByRole('button', { name: 'Check' }).click();
    await expect(quiz.getByRole('status')).toContainText('Correct!');
    await expect(quiz.locator('.slope-explanation')).toBeVisible();
  });

  test('keyboard: Tab to the choices, arrows to choose, Enter on Check', async ({ page }) => {
    const quiz = page.locator('.slope-quiz').nth(1);
    await quiz.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(quiz.getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(quiz.getByRole('button', { name: 'Check' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(quiz.getByRole('status')).toContainText('Correct!');
  });
});

test.describe('Ordering', () => {
  const correct = [
    'Initialise the weights',
    'Compute the loss',
    'Compute the gradient',
    'Update',
    'Repeat until the loss stops decreasing',
  ];

  test('mouse: drag items into order, then check', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    const widget = page.locator('.slope-ordering');
    await widget.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const items = widget.locator('.slope-ordering__item');
    for (const [target, prefix] of correct.entries()) {
      const source = items.filter({ hasText: prefix });
      const current = (await items.allTextContents()).findIndex((t) => t.includes(prefix));
      if (current !== target) await drag(page, source, items.nth(target));
    }
    const texts = await items.allTextContents();
    for (const [i, prefix] of correct.entries()) expect(texts[i]).toContain(prefix);
    await widget.getByRole('button', { name: 'Check order' }).click();
    await expect(widget.getByRole('status')).toContainText('Correct! Every step is in its place.');
    await expect(widget.getByText('right place')).toHaveCount(5);
  });

  test('keyboard: Space picks up, arrows move, Space drops, Escape cancels', async ({ page }) => {
    const widget = page.locator('.slope-ordering');
    const items = widget.locator('.slope-ordering__item');
    const first = (await itemIds(items))[0] ?? '';
    await items.first().focus();
    await page.keyboard.press('Space');
    await expect(widget.locator('[aria-live="assertive"]')).toContainText('Picked up');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(widget.locator('[aria-live="assertive"]')).toContainText(
      'moved to position 3 of 5',
    );
    await page.keyboard.press('Space');
    await expect(items.nth(2)).toHaveAttribute('data-item-id', first);
    await expect(items.nth(2)).toBeFocused();
    // Escape puts it back
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await expect(items.nth(2)).toHaveAttribute('data-item-id', first);
    await widget.getByRole('button', { name: 'Check order' }).click();
    await expect(widget.getByRole('status')).toContainText('in the right place');
    await expect(widget.locator('[data-verdict]')).toHaveCount(5);
  });
});

test.describe('Match', () => {
  const pairs: [string, string][] = [
    ['derivative', 'slope of the tangent line'],
    ['gradient', 'vector of partial derivatives'],
    ['chain rule', 'how backpropagation works'],
    ['Hessian', 'curvature of the loss'],
    ['learning rate', 'size of each update step'],
    ['L2 penalty', 'pulls weights toward zero'],
  ];

  test('mouse: drag each term onto its meaning', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1400 });
    const widget = page.locator('.slope-match').first();
    await widget.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    for (const [term, meaning] of pairs) {
      const item = widget.locator('.slope-match__item', { hasText: term });
      const zone = widget.locator('.slope-match__target', { hasText: meaning });
      await drag(page, item, zone);
      await expect(zone.locator('.slope-match__item', { hasText: term })).toBeVisible();
    }
    await widget.getByRole('button', { name: 'Check' }).click();
    await expect(widget.getByRole('status')).toContainText('Correct! Every item is in its place.');
  });

  test('keyboard: Space, arrows to a target, Space; wrong pairs get feedback', async ({ page }) => {
    const widget = page.locator('.slope-match').first();
    const live = widget.locator('[aria-live="assertive"]');
    // Put "Hessian" on the first target (wrong), the rest in order by arrow count.
    for (const [index, [term]] of pairs.entries()) {
      await widget.locator('.slope-match__item', { hasText: term }).focus();
      await page.keyboard.press('Space');
      await expect(live).toContainText('Picked up');
      const target = term === 'Hessian' ? 0 : term === 'derivative' ? 3 : index;
      for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      await expect(live).toContainText('Placed');
    }
    await widget.getByRole('button', { name: 'Check' }).click();
    await expect(widget.getByRole('status')).toContainText('4 of 6 placed correctly');
    await expect(
      widget.getByText(/Second derivatives say how the slope itself changes/),
    ).toBeVisible();
  });

  test('categorise by click-then-click (touch friendly)', async ({ page }) => {
    const widget = page.locator('.slope-match--categorize');
    const buckets = { pos: 'positive slope at 0', zero: 'zero slope at 0' };
    const plan: [string, string][] = [
      ['e^x', buckets.pos],
      ['\\sin', buckets.pos],
      ['x^2', buckets.zero],
      ['\\cos', buckets.zero],
    ];
    for (const [tex, bucket] of plan) {
      await widget.locator('.slope-match__item', { hasText: tex }).click();
      await widget
        .locator('.slope-match__target', { hasText: bucket })
        .click({ position: { x: 8, y: 8 } });
    }
    await expect(widget.locator('.slope-match__pool .slope-match__item')).toHaveCount(0);
    await widget.getByRole('button', { name: 'Check' }).click();
    await expect(widget.getByRole('status')).toContainText('Correct!');
  });
});
