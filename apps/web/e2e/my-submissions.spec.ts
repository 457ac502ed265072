import { expect, type Page, test } from '@playwright/test';
import { e2eDb, expectAccessible, signUpLearner, typeCode } from './support';

// 10 attempts, 5 % off per earlier attempt; the slope of a polynomial by a central difference.
const LESSON = '/courses/calculus-for-ml/limits-and-the-derivative';
const ID = 'central-difference';
const EVALUATE = `function evaluate(coeffs: number[], t: number): number {
  let p = 0;
  for (let k = coeffs.length - 1; k >= 0; k--) p = p * t + coeffs[k];
  return p;
}`;
/** `divisor` 2 * h is right; h alone doubles every slope. */
const slope = (divisor: string) => `${EVALUATE}
export function slopeAt(coeffs: number[], x: number, h: number): number {
  return (evaluate(coeffs, x + h) - evaluate(coeffs, x - h)) / (${divisor});
}`;
const WRONG = slope('h');
const RIGHT = slope('2 * h');

async function submitAndWait(page: Page, code: string, graded: RegExp) {
  const exercise = page.locator(`#exercise-${ID}`);
  await typeCode(page, ID, code);
  await exercise.getByRole('button', { name: 'Submit' }).click();
  await expect(exercise.getByRole('status').filter({ hasText: graded })).toBeVisible({
    timeout: 30_000,
  });
}

/**
 * Nothing in the exercise (its history included) sticks out of it sideways; what scrolls inside
 * a box of its own (the code, the editor) may be wider.
 */
async function expectNothingSticksOut(page: Page) {
  const wide = await page.locator(`#exercise-${ID}`).evaluate((section) => {
    const edge = section.getBoundingClientRect().right + 0.5;
    const scrollsInside = (el: Element) => {
      for (let up = el.parentElement; up && up !== section; up = up.parentElement)
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      return false;
    };
    return [...section.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > edge && !scrollsInside(el))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
  });
  expect(wide).toEqual([]);
}

test('My submissions lists each try with its score, restores one into the editor, and is accessible', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const email = await signUpLearner(page, 'history');
  await page.goto(LESSON);
  const exercise = page.locator(`#exercise-${ID}`);
  await submitAndWait(page, WRONG, /Graded: \d+%/); // a constant polynomial's slope is still right
  // The page and the history both show the score after the 5 % penalty.
  await submitAndWait(page, RIGHT, /Graded: 95% \(100% before penalties\)/);

  // Opened from the keyboard; loaded then.
  const opener = exercise.locator('summary', { hasText: 'My submissions (2)' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const list = exercise.getByRole('list', { name: 'My submissions, newest first' });
  const rows = list.locator(':scope > li');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('summary')).toContainText(
    /attempt 2 · 95% \(−5% penalty\) · passed/,
  );
  await expect(rows.nth(1).locator('summary')).toContainText(
    /attempt 1 · \d+% · gradient scaled by ×2/,
  );
  const time = rows.nth(1).locator('time');
  expect(Date.parse((await time.getAttribute('datetime')) ?? '')).toBeLessThanOrEqual(Date.now());

  // The first try: its code (shown, not another editor), its feedback, and Restore.
  const first = rows.nth(1);
  await first.locator('summary').click();
  const code = first.getByRole('region', { name: 'Code of submission 1' });
  await expect(code.locator('pre')).toContainText('/ (h)');
  await expect(first.locator('.cm-content')).toHaveCount(0);
  await expect(first.getByRole('region', { name: 'Feedback on submission 1' })).toContainText(
    /of \d+ tests passed/,
  );
  await expectAccessible(page);

  await first.getByRole('button', { name: 'Restore this code into the editor' }).click();
  const editor = exercise.locator('.cm-content');
  await expect(editor).toContainText('/ (h)');
  await expect(editor).not.toContainText('2 * h');
  await expect(exercise.getByText('The code of submission 1 is in the editor.')).toBeFocused();

  // The restored code is the draft now, kept on the server too.
  const prisma = e2eDb();
  try {
    await expect
      .poll(
        async () =>
          (
            await prisma.exerciseProgress.findFirst({
              where: { user: { email }, exercise: { slug: ID } },
              select: { draftCode: true },
            })
          )?.draftCode,
        { timeout: 10_000 },
      )
      .toBe(WRONG);
  } finally {
    await prisma.$disconnect();
  }

  // Undo brings back what the editor held.
  await exercise.getByRole('button', { name: /Undo/ }).click();
  await expect(editor).toContainText('2 * h');

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await opener.scrollIntoViewIfNeeded();
    await expectNothingSticksOut(page);
    await page.screenshot({ path: `/tmp/my-submissions-${width}.png`, fullPage: false });
    await first
      .getByRole('button', { name: 'Restore this code into the editor' })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/my-submissions-row-${width}.png`, fullPage: false });
  }
});

test('the history API answers only the signed-in learner, and names an unknown exercise', async ({
  page,
  request,
}) => {
  const visitor = await request.get(`/api/exercises/${ID}/submissions`);
  expect(visitor.status()).toBe(401);
  expect(await visitor.json()).toEqual({ error: 'Sign in first.' });

  await signUpLearner(page, 'history-api');
  const mine = await page.request.get(`/api/exercises/${ID}/submissions`);
  expect(mine.status()).toBe(200);
  expect(await mine.json()).toEqual({ total: 0, submissions: [], nextBefore: null });
  const unknown = await page.request.get('/api/exercises/no-such-exercise/submissions');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toMatch(/no exercise "no-such-exercise"/);
});
