import { expect, type Locator, type Page, test } from '@playwright/test';
import { drag, mseGradient as mseGrad, signIn, signUpLearner, typeCode } from './support';

const COURSE = '/courses/calculus-for-ml';
const MSE_LESSON = `${COURSE}/partial-derivatives-and-the-gradient`;

async function orderByKeyboard(page: Page, widget: Locator, prefixes: string[]) {
  const items = widget.locator('.slope-ordering__item');
  await expect(items).toHaveCount(prefixes.length);
  for (const [target, prefix] of prefixes.entries()) {
    const texts = await items.allTextContents();
    const current = texts.findIndex((text) => text.includes(prefix));
    if (current === target) continue;
    await items.nth(current).focus();
    await page.keyboard.press('Space');
    for (let k = current; k > target; k--) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await expect(items.nth(target)).toContainText(prefix);
  }
}

test.describe.configure({ mode: 'serial' });

test('a new learner practises, submits, gets graded live, fixes the mistake and sees progress', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const email = await signUpLearner(page, 'journey');

  // The gradient-direction quiz: a wrong answer shows its misconception, then the right one.
  await page.goto(MSE_LESSON);
  const quiz = page.locator('#practice-gradient-direction');
  await quiz.getByLabel('The direction of steepest descent of the loss').check();
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.getByText(/That is the negative gradient/)).toBeVisible();
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await quiz.getByLabel('The direction of steepest ascent of the loss').check();
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.getByText(/raises the loss fastest/)).toBeVisible();

  // A wrong MSE gradient comes back, live, as "×2"; the fixed one passes.
  await typeCode(page, 'mse-gradient', mseGrad(4));
  const exercise = page.locator('#exercise-mse-gradient');
  await exercise.getByRole('button', { name: 'Submit' }).click();
  await expect(
    exercise.getByText(/Every component of your gradient is ×2 the expected value/).first(),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(exercise.getByText(/more tests failed the same way/)).toBeVisible();
  await page.screenshot({ path: 'test-results/journey-wrong-gradient.png', fullPage: false });

  await typeCode(page, 'mse-gradient', mseGrad(2));
  await exercise.getByRole('button', { name: 'Submit' }).click();
  await expect(exercise.getByText(/20 of 20 tests passed/)).toBeVisible({ timeout: 30_000 });

  // Ordering the steps of gradient descent by keyboard alone.
  await page.goto(`${COURSE}/linear-approximation-and-gradient-descent`);
  const ordering = page.locator('#practice-gd-steps');
  await orderByKeyboard(page, ordering, [
    'Initialise',
    'Compute the predictions',
    'Compute the gradient',
    'Update',
    'Repeat',
  ]);
  await ordering.getByRole('button', { name: 'Check order' }).click();
  await expect(ordering.getByRole('status')).toContainText('Correct');

  // Matching the terms by drag and drop (a tall window keeps items and targets on screen).
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.goto(`${COURSE}/practice-and-summary`);
  const match = page.locator('#practice-terms');
  const pairs: Array<[string, string]> = [
    ['derivative', 'the slope of a function at a point'],
    ['gradient', 'the vector of all partial derivatives'],
    ['chain rule', 'the rule backpropagation applies'],
    ['Hessian', 'the matrix of second derivatives'],
    ['learning rate', 'the step size of each update'],
    ['L2 penalty', 'a pull on every weight toward zero'],
  ];
  await match.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(match.locator('.slope-match__item')).toHaveCount(pairs.length);
  for (const [term, meaning] of pairs) {
    const zone = match.locator('.slope-match__target', { hasText: meaning });
    await drag(page, match.locator('.slope-match__item', { hasText: term }), zone);
    await expect(zone.locator('.slope-match__item', { hasText: term })).toBeVisible();
  }
  await match.getByRole('button', { name: 'Check' }).click();
  await expect(match.getByRole('status')).toContainText('Correct');

  // Answers survive a reload (state restored from the server).
  await page.reload();
  await expect(page.locator('#practice-terms').getByRole('status')).toContainText('Correct');

  // Progress: the dashboard and the course page.
  await page.goto('/dashboard');
  const row = page.getByRole('row', { name: /Gradient of the mean squared error/ });
  await expect(row).toContainText('100%');
  await expect(row).toContainText('Passed');
  await expect(row.getByRole('cell').nth(2)).toHaveText('2');
  await page.goto(COURSE);
  await expect(page.getByRole('region', { name: 'Your progress' })).toContainText(
    'of 11 lessons complete',
  );
  const lessonFour = page
    .getByRole('listitem')
    .filter({ hasText: 'Partial derivatives and the gradient' });
  await expect(lessonFour.locator('.lesson-status')).toHaveText('In progress');
  await page.screenshot({ path: 'test-results/journey-course-progress.png', fullPage: false });

  // On another device (a fresh browser context) the code in the editor is the learner's draft.
  const other = await page.context().browser()!.newContext();
  const laptop = await other.newPage();
  await signIn(laptop, email, 'gradients all the way down');
  await laptop.waitForURL('/');
  await laptop.goto(MSE_LESSON);
  await laptop.locator('#exercise-mse-gradient').scrollIntoViewIfNeeded();
  const editor = laptop.locator('#exercise-mse-gradient .cm-content');
  await expect(editor).toContainText('(2 * r * X[i][j]) / n');
  await expect(laptop.getByText(/saved draft was restored/)).toBeVisible();
  await other.close();
});
