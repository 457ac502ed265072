import { expect, test } from '@playwright/test';
import { centralDifference, e2eDb, expectAccessible, signUpLearner, typeCode } from './support';

// central-difference: 3 hints (the first opens after 2 failed attempts; asking costs 10 %) and a
// worked solution that opens once the learner passes.
const LESSON = '/courses/calculus-for-ml/limits-and-the-derivative';
const ID = 'central-difference';
const SOLUTION_TEXT = 'one multiplication and one addition per coefficient';
const RIGHT = centralDifference;

test('a visitor gets no learning aids from the API', async ({ request }) => {
  const response = await request.get(`/api/exercises/${ID}/aids`);
  expect(response.status()).toBe(401);
  expect(await response.text()).not.toContain(SOLUTION_TEXT);
  const ask = await request.post(`/api/exercises/${ID}/hints`, { data: { index: 0 } });
  expect([401, 403]).toContain(ask.status());
});

test('a learner asks for a hint (confirming its cost), and reads the worked solution only after passing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = await signUpLearner(page, 'aids');
  await page.goto(LESSON);
  const exercise = page.locator(`#exercise-${ID}`);
  await expect(exercise.getByRole('heading', { name: 'Hints (0 of 3 open)' })).toBeVisible();
  await expect(exercise.getByText(/Hint 1 opens by itself after 2 failed attempts/)).toBeVisible();
  await expect(exercise.getByText(/Opens when you pass this exercise/)).toBeVisible();
  expect(await page.content()).not.toContain(SOLUTION_TEXT);
  const before = await page.request.get(`/api/exercises/${ID}/aids`);
  expect(await before.text()).not.toContain(SOLUTION_TEXT);

  // Asking costs 10 %: the page asks first, by keyboard as well as by mouse.
  await exercise.getByRole('button', { name: 'Show hint 1 (costs 10%)' }).focus();
  await page.keyboard.press('Enter');
  await expect(exercise.getByText(/takes 10% off the score of every submission/)).toBeVisible();
  await exercise.getByRole('button', { name: 'Show hint 1 (−10%)' }).click();
  await expect(
    exercise.getByRole('heading', { name: 'Hint 1: Two values of the polynomial' }),
  ).toBeVisible();
  await expect(exercise.getByRole('heading', { name: 'Hints (1 of 3 open)' })).toBeVisible();

  await typeCode(page, ID, RIGHT);
  await exercise.getByRole('button', { name: 'Submit' }).click();
  await expect(exercise.getByText(/tests passed/).first()).toBeVisible({ timeout: 30_000 });
  // The hint asked for took its 10 % off the recorded score, and the page says so.
  await expect(exercise.getByText('Graded: 90% (100% before penalties).')).toBeVisible();
  const prisma = e2eDb();
  const stored = await prisma.submission.findFirstOrThrow({
    where: { user: { email }, exercise: { slug: ID } },
    select: { score: true, rawScore: true },
  });
  await prisma.$disconnect();
  expect(stored).toEqual({ score: 0.9, rawScore: 1 });
  await expect(
    exercise.getByRole('heading', { name: /Worked solution \(open because you passed\)/ }),
  ).toBeVisible();
  await exercise.getByText('Show the worked solution').click();
  await expect(exercise.getByText(SOLUTION_TEXT)).toBeVisible();
  await expectAccessible(page);
  // On a phone the solution's code scrolls inside its block; the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(390);
});
