import { expect, test } from '@playwright/test';
import { centralDifference, signUpLearner, typeCode } from './support';

// 10 attempts (its manifest); the slope of a polynomial by a central difference.
const LESSON = '/courses/calculus-for-ml/limits-and-the-derivative';
const ID = 'central-difference';
const BROKEN =
  'export function slopeAt(coeffs: number[], x: number, h: number): number {\n  return (;\n}';
const RIGHT = centralDifference;

test('code that could not be graded spends no attempt, and the same code after a reload is graded again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUpLearner(page, 'attempts');
  await page.goto(LESSON);
  const exercise = page.locator(`#exercise-${ID}`);
  const submit = async (expected: number, how: 'button' | 'keys' = 'button') => {
    const response = page.waitForResponse(
      (r) => r.url().endsWith('/api/submissions') && r.request().method() === 'POST',
    );
    if (how === 'keys') await page.keyboard.press('ControlOrMeta+Shift+Enter');
    else await exercise.getByRole('button', { name: 'Submit' }).click();
    expect((await response).status()).toBe(expected);
  };
  await expect(exercise.getByText('10 attempts left').first()).toBeVisible();

  await typeCode(page, ID, BROKEN);
  await submit(202);
  await expect(exercise.getByText(/Not graded/)).toBeVisible({ timeout: 30_000 });
  await expect(exercise.getByText('10 attempts left').first()).toBeVisible();

  // After a reload the same code is a new submission (202, graded again), not the old one (200).
  await page.reload();
  await typeCode(page, ID, BROKEN);
  await submit(202);
  await expect(exercise.getByText(/Not graded/)).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(exercise.getByText('10 attempts left').first()).toBeVisible();

  // Code that is graded spends one (submitted from the editor with Ctrl+Shift+Enter).
  await typeCode(page, ID, RIGHT);
  await submit(202, 'keys');
  await expect(exercise.getByText(/tests passed/).first()).toBeVisible({ timeout: 30_000 });
  await expect(exercise.getByText('9 attempts left').first()).toBeVisible();
  await expect(exercise.getByText(/100%/).first()).toBeVisible();
});
