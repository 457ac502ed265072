import { expect, type Locator, type Page, test } from '@playwright/test';
import { e2eDb, signUpLearner } from './support';

// Practice answers that do not give their keys away, attacked through the running app in
// Chromium: select-all, the page HTML, the shown order of an ordering, and guessing fast.
const COURSE = 'calculus-for-ml';
const QUIZ_LESSON = `/courses/${COURSE}/why-calculus`;
const ORDERING_LESSON = `/courses/${COURSE}/linear-approximation-and-gradient-descent`;
const EXPLANATION = 'Gradient descent moves against the slope';
// a choice's feedback that only the quiz holds (the lesson's own answers section says the rest)
const CHOICE_FEEDBACK = 'We only stop where the slope is zero';
const KEY = ['Initialise', 'Compute the predictions', 'Compute the gradient', 'Update', 'Repeat'];

const quizAnswer = (selected: string[]) => ({
  course: COURSE,
  lesson: 'why-calculus',
  widget: 'step-direction',
  answer: { selected },
});

async function answerRows(email: string) {
  const prisma = e2eDb();
  try {
    return await prisma.practiceResponse.count({ where: { user: { email } } });
  } finally {
    await prisma.$disconnect();
  }
}

/** The ordering's items as shown, each named by the key step it starts with. */
async function shownSteps(widget: Locator): Promise<string[]> {
  const items = widget.locator('.slope-ordering__item');
  await expect(items).toHaveCount(KEY.length);
  const texts = await items.allTextContents();
  return texts.map((text) => KEY.find((step) => text.includes(step)) ?? text);
}

async function newLearner(page: Page, label: string) {
  return signUpLearner(page, label);
}

test.describe.configure({ mode: 'serial' });

test('a single-answer quiz refuses every choice at once (400 naming the field), writes nothing and sends no key', async ({
  page,
}) => {
  const email = await newLearner(page, 'select-all');
  const response = await page.request.post('/api/practice', {
    data: quizAnswer(['decrease', 'increase', 'stay']),
  });
  expect(response.status()).toBe(400);
  const body = await response.text();
  expect(body).toMatch(/answer\.selected: this question takes exactly one answer/);
  expect(body).not.toContain(CHOICE_FEEDBACK);
  expect(body).not.toContain(EXPLANATION);
  expect(await answerRows(email)).toBe(0);
});

test('the explanation reaches the browser only after the right answer', async ({ page }) => {
  await newLearner(page, 'explanation');
  // Neither the HTML nor the data the page loads holds it.
  const html = await (await page.request.get(QUIZ_LESSON)).text();
  expect(html).not.toContain(EXPLANATION);
  expect(html).not.toContain(CHOICE_FEEDBACK);
  const state = await (await page.request.get(`/api/lessons/${COURSE}/why-calculus/state`)).text();
  expect(state).not.toContain(EXPLANATION);

  await page.goto(QUIZ_LESSON);
  const quiz = page.locator('#practice-step-direction');
  const wrong = page.waitForResponse('**/api/practice');
  await quiz.getByLabel('Increase').check();
  await quiz.getByRole('button', { name: 'Check' }).click();
  const wrongBody = await (await wrong).text();
  expect(wrongBody).not.toContain(EXPLANATION);
  expect(wrongBody).not.toContain(CHOICE_FEEDBACK);
  await expect(quiz.getByText(/That walks uphill/)).toBeVisible();
  await expect(quiz.getByText(EXPLANATION)).toHaveCount(0);

  await quiz.getByRole('button', { name: 'Try again' }).click();
  await quiz.getByLabel('Decrease').check();
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.getByText(EXPLANATION)).toBeVisible();
  // and it is kept for a reload
  await page.reload();
  await expect(page.locator('#practice-step-direction').getByText(EXPLANATION)).toBeVisible();
});

test('an ordering shows each learner a shuffle of their own', async ({ browser }) => {
  // Which order is shown is drawn without the key (practice-policy.test.ts proves that over
  // every ordering and match in content/); here: the page shows what the server chose.
  const anonymous = await browser.newPage();
  const anonymousHtml = await (await anonymous.request.get(ORDERING_LESSON)).text();
  expect(anonymousHtml).toContain('Initialise the weights');
  await anonymous.goto(ORDERING_LESSON);
  expect([...(await shownSteps(anonymous.locator('#practice-gd-steps')))].sort()).toEqual(
    [...KEY].sort(),
  );
  await anonymous.close();

  const orders: string[][] = [];
  for (const label of ['order-a', 'order-b', 'order-c']) {
    const context = await browser.newContext();
    const learner = await context.newPage();
    await newLearner(learner, label);
    const stateResponse = learner.waitForResponse(
      (r) => r.url().endsWith('/state') && r.request().method() === 'GET',
    );
    await learner.goto(ORDERING_LESSON);
    const state = (await (await stateResponse).json()) as { shown: Record<string, string[]> };
    const widget = learner.locator('#practice-gd-steps');
    const shown = await shownSteps(widget);
    // The page shows exactly the order the server chose for this learner.
    const ids = await widget
      .locator('.slope-ordering__item')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id')));
    expect(ids).toEqual(state.shown['gd-steps']);
    // Stable for the learner across reloads.
    await learner.reload();
    expect(await shownSteps(learner.locator('#practice-gd-steps'))).toEqual(shown);
    orders.push(shown);
    await context.close();
  }
  expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(1);
});

test('after 5 wrong answers in a minute the widget says to take a moment (429, Retry-After) and nothing is written', async ({
  page,
}) => {
  const email = await newLearner(page, 'throttle');
  await page.goto(QUIZ_LESSON);
  const quiz = page.locator('#practice-step-direction');
  for (let i = 0; i < 5; i++) {
    await quiz.getByLabel('Increase').check();
    await quiz.getByRole('button', { name: 'Check' }).click();
    await expect(quiz.getByRole('button', { name: 'Try again' })).toBeVisible();
    await quiz.getByRole('button', { name: 'Try again' }).click();
  }
  await quiz.getByLabel('Increase').check();
  const throttled = page.waitForResponse('**/api/practice');
  await quiz.getByRole('button', { name: 'Check' }).click();
  const response = await throttled;
  expect(response.status()).toBe(429);
  const retryAfter = Number(response.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  await expect(quiz.getByRole('status')).toContainText(/Take a moment: try again in \d+ s/);
  // The right answer is refused too until the minute is over: no guessing around the limit.
  const right = await page.request.post('/api/practice', { data: quizAnswer(['decrease']) });
  expect(right.status()).toBe(429);
  expect(await answerRows(email)).toBe(5);
});
