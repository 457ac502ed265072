import { expect, test } from '@playwright/test';
import { hashPassword } from '@slope/db';
import { e2eDb, expectAccessible, signIn, signUpLearner, uniqueEmail } from './support';

// A learner types a derivative: with MathLive's formula editor by keyboard, or as plain text.
// The server reads it, checks it against a key the browser never sees, names the slip, and an
// answer it cannot read costs no attempt. Checked in Chromium at 1280 and 390 px with axe.
const COURSE = 'calculus-for-ml';
const LESSON = 'limits-and-the-derivative';
const WIDGET = 'derivative-x2-sin';
// the key as authored and as the server would show it (JSON), the wrong answer's feedback, the
// explanation
const KEY_PARTS = [
  '2*x*sin(x) + x^2*cos(x)',
  '2 x \\\\sin\\\\left(x\\\\right)+x^{2}',
  'That multiplies the two derivatives',
  'By the product rule',
];

async function formulaRows(email: string) {
  const prisma = e2eDb();
  try {
    return await prisma.practiceResponse.findMany({
      where: { user: { email }, widgetId: WIDGET },
      select: { kind: true, correct: true, attempt: true },
      orderBy: { attempt: 'asc' },
    });
  } finally {
    await prisma.$disconnect();
  }
}

test.describe.configure({ mode: 'serial' });

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`a derivative typed in the formula editor and as plain text, at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const email = await signUpLearner(page, `formula-${viewport.width}`);
    // Neither the page nor the lesson state holds the key, the wrong answer's feedback or the
    // explanation.
    const html = await (await page.request.get(`/courses/${COURSE}/${LESSON}`)).text();
    const state = await (await page.request.get(`/api/lessons/${COURSE}/${LESSON}/state`)).text();
    for (const part of KEY_PARTS) {
      expect(html).not.toContain(part);
      expect(state).not.toContain(part);
    }

    await page.goto(`/courses/${COURSE}/${LESSON}`);
    const widget = page.locator(`#practice-${WIDGET}`);
    await widget.scrollIntoViewIfNeeded();
    const field = widget.locator('math-field');
    await expect(field).toBeVisible();

    // Plain text: something it cannot read is refused, costs nothing, and stays editable.
    await widget.getByRole('button', { name: 'Type as plain text' }).click();
    const plain = widget.getByRole('textbox', { name: 'Your answer' });
    await plain.fill('2x sin x +');
    await expect(widget.getByText(/Not understood yet/)).toBeVisible();
    await widget.getByRole('button', { name: 'Check' }).click();
    await expect(widget.getByText(/This did not count as an attempt/)).toBeVisible();
    expect(await formulaRows(email)).toEqual([]);

    // A sign slip is named; the answer the server sends holds no key.
    await plain.fill('-2x sin x - x^2 cos x');
    const wrong = page.waitForResponse('**/api/practice');
    await plain.press('Enter');
    const wrongBody = await (await wrong).text();
    for (const part of KEY_PARTS) expect(wrongBody).not.toContain(part);
    await expect(widget.getByText(/The sign is wrong/)).toBeVisible();
    await expectAccessible(page, `#practice-${WIDGET}`);
    await widget.getByRole('button', { name: 'Try again' }).click();

    // The formula editor, by keyboard only: the right answer written another way.
    await widget.getByRole('button', { name: 'Use the formula editor' }).click();
    await expect(field).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('x(2sinx+xcosx)');
    await expect(widget.getByText('Slope reads:')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(widget.getByText('Correct!')).toBeVisible();
    await expect(widget.getByText(/By the product rule/)).toBeVisible();
    expect(await formulaRows(email)).toEqual([
      { kind: 'FORMULA', correct: false, attempt: 1 },
      { kind: 'FORMULA', correct: true, attempt: 2 },
    ]);
    await expectAccessible(page, `#practice-${WIDGET}`);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(viewport.width);
    await widget.screenshot({
      path: `test-results/screenshots/formula-answer-${viewport.width}.png`,
    });
  });
}

for (const viewport of [
  { width: 1280, height: 900, touch: false },
  { width: 390, height: 844, touch: true },
]) {
  test(`a Jacobian typed entry by entry in the formula editor, at ${viewport.width} px${viewport.touch ? ' by touch' : ' by keyboard'}`, async ({
    browser,
  }) => {
    // A long walk (sign up, eight entries typed, two checks, two axe scans): ~30 s on its own.
    test.setTimeout(90_000);
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      hasTouch: viewport.touch,
      isMobile: viewport.touch,
    });
    const page = await context.newPage();
    await signUpLearner(page, `matrix-${viewport.width}`);
    const lesson = 'jacobians-and-hessians';
    const question = 'jacobian-x2y-sin';
    await page.goto(`/courses/${COURSE}/${lesson}`);
    const widget = page.locator(`#practice-${question}`);
    await widget.scrollIntoViewIfNeeded();
    const fields = widget.locator('math-field');
    await expect(fields).toHaveCount(4);
    // one switch for the whole grid; each entry is named by its row and column
    await expect(widget.getByRole('button', { name: 'Type as plain text' })).toHaveCount(1);
    await expect(fields.nth(3)).toHaveAttribute('aria-label', /Row 2 \(.*\), column 2/);

    const typeEntries = async (entries: string[]) => {
      for (const [i, entry] of entries.entries()) {
        if (viewport.touch) {
          await fields.nth(i).tap();
          await expect(page.locator('.ML__keyboard.is-visible')).toBeVisible();
        } else if (i === 0) await fields.nth(0).focus();
        else await page.keyboard.press('Tab'); // keyboard only: Tab to the next entry
        await expect(fields.nth(i)).toBeFocused();
        await page.keyboard.press('Control+a');
        await page.keyboard.press('Backspace');
        await page.keyboard.type(entry);
        // ArrowRight leaves a superscript, as a learner does in the formula editor
        await page.keyboard.press('ArrowRight');
      }
    };
    await typeEntries(['-2xy', 'x^2', 'cosx', '0']);
    await expect(widget.getByText('Slope reads:')).toBeVisible();
    await widget.getByRole('button', { name: 'Check' }).click();
    await expect(widget.getByText(/The sign is wrong/)).toBeVisible();
    await expect(widget.locator('td[data-verdict="correct"]')).toHaveCount(3);
    await expectAccessible(page, `#practice-${question}`);
    await widget.getByRole('button', { name: 'Try again' }).click();

    await typeEntries(['y·2x', 'x^2', 'cosx', '0']);
    if (viewport.touch) await widget.getByRole('button', { name: 'Check' }).tap();
    else await page.keyboard.press('Enter');
    await expect(widget.getByText('Correct!')).toBeVisible();
    await expectAccessible(page, `#practice-${question}`);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(viewport.width);
    await widget.screenshot({
      path: `test-results/screenshots/matrix-answer-${viewport.width}.png`,
    });
    await context.close();
  });
}

test('a 10 KB answer is told it is too long and stores nothing; a body over 16 KB is refused (413)', async ({
  page,
}) => {
  const email = await signUpLearner(page, 'formula-long');
  const post = (text: string) =>
    page.request.post('/api/practice', {
      data: { course: COURSE, lesson: LESSON, widget: WIDGET, answer: { text } },
    });
  const long = await post('x+'.repeat(5000));
  expect(long.status()).toBe(200);
  expect(await long.json()).toMatchObject({
    feedback: { counted: false, message: expect.stringMatching(/at most 2,000/) },
  });
  const huge = await post('x'.repeat(30_000));
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain('larger than 16 KB');
  expect(await formulaRows(email)).toEqual([]);
});

test('the instructor sees the class’s answers grouped by the slip Slope named', async ({
  page,
  browser,
}) => {
  const email = await signUpLearner(page, 'formula-class');
  // A class and an instructor of its own: the demo class and its instructor are other specs'
  // fixtures (they count the roster and the instructor's classes).
  const prisma = e2eDb();
  const course = await prisma.course.findUniqueOrThrow({ where: { slug: COURSE } });
  const learner = await prisma.user.findUniqueOrThrow({ where: { email } });
  const instructor = { email: uniqueEmail('formula-instructor'), password: 'slips-and-slopes-pw' };
  const teacherRow = await prisma.user.create({
    data: {
      email: instructor.email,
      name: 'Formula Instructor',
      role: 'INSTRUCTOR',
      passwordHash: await hashPassword(instructor.password),
    },
  });
  const klass = await prisma.class.create({
    data: {
      name: 'Formula slips',
      courseId: course.id,
      joinCode: `SLIPS-${Date.now()}`,
      createdById: teacherRow.id,
      memberships: {
        create: [{ userId: learner.id }, { userId: teacherRow.id, role: 'INSTRUCTOR' }],
      },
    },
  });
  await prisma.$disconnect();
  for (const text of ['-2x sin x - x^2 cos x', '2x cos x', '2x sin x + x^2 cos x']) {
    const response = await page.request.post('/api/practice', {
      data: { course: COURSE, lesson: LESSON, widget: WIDGET, answer: { text } },
    });
    expect(response.status()).toBe(200);
  }

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, instructor.email, instructor.password);
  await teacher.waitForURL('/');
  await teacher.goto(`/teach/classes/${klass.id}/questions/${LESSON}/${WIDGET}`);
  const table = teacher.getByRole('table', { name: 'Answers by the slip Slope named' });
  await expect(table.getByRole('row', { name: /Wrong sign/ })).toContainText('1');
  await expect(
    table.getByRole('row', { name: /Expected wrong answer: 2\*x\*cos\(x\)/ }),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /^Right/ })).toBeVisible();
  await expectAccessible(teacher);
});

test('each learner gets their own numbers; the page shows them, and their own answer is right', async ({
  browser,
}) => {
  const question = 'power-rule-own-numbers';
  const seen: { stem: string; answer: string }[] = [];
  // Learners until two have different numbers (each has a 1 in 48 chance of any one variant).
  for (let i = 0; i < 6 && new Set(seen.map((s) => s.stem)).size < 2; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUpLearner(page, `variant-${i}`);
    const state = await (await page.request.get(`/api/lessons/${COURSE}/${LESSON}/state`)).json();
    const stem = state.variants[question].stem as string;
    const [, a, n, c] = /= (\d) x\^\{(\d)\} \+ (\d) x/.exec(stem)!.map(Number) as number[];
    const answer = `${a! * n!}x^${n! - 1} + ${c}`;
    // the state holds this learner's stem, never the key or the list of values
    expect(JSON.stringify(state.variants)).not.toMatch(/"answer"|"params"|"wrong"/);

    await page.goto(`/courses/${COURSE}/${LESSON}`);
    const widget = page.locator(`#practice-${question}`);
    await widget.scrollIntoViewIfNeeded();
    // the page shows this learner's numbers (KaTeX keeps the TeX in its annotation)
    await expect(widget.locator('.slope-formula__stem annotation').first()).toHaveText(
      `f(x) = ${a} x^{${n}} + ${c} x`,
    );
    await widget.getByRole('button', { name: 'Type as plain text' }).click();
    const plain = widget.getByRole('textbox', { name: 'Your answer' });
    // another learner's right answer is wrong here
    const previous = seen.find((s) => s.stem !== stem);
    if (previous) {
      await plain.fill(previous.answer);
      await plain.press('Enter');
      await expect(widget.getByText('Not quite. Read the feedback, then try again.')).toBeVisible();
      await widget.getByRole('button', { name: 'Try again' }).click();
    }
    await plain.fill(answer);
    await plain.press('Enter');
    await expect(widget.getByText('Correct!')).toBeVisible();
    seen.push({ stem, answer });
    await context.close();
  }
  expect(new Set(seen.map((s) => s.stem)).size).toBe(2);
});

test('on a phone: tap the field, MathLive’s on-screen keyboard opens, tap Check', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await signUpLearner(page, 'formula-touch');
  await page.goto(`/courses/${COURSE}/${LESSON}`);
  const widget = page.locator(`#practice-${WIDGET}`);
  await widget.scrollIntoViewIfNeeded();
  const field = widget.locator('math-field');
  await expect(field).toBeVisible();
  await field.tap();
  await expect(page.locator('.ML__keyboard.is-visible')).toBeVisible();
  await page.keyboard.type('2xsinx+x^2');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('cosx');
  await expect(widget.getByText('Slope reads:')).toBeVisible();
  await widget.getByRole('button', { name: 'Check' }).tap();
  await expect(widget.getByText('Correct!')).toBeVisible();
  await expectAccessible(page, `#practice-${WIDGET}`);
  await context.close();
});
