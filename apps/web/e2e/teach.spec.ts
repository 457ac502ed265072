import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { hashPassword } from '@slope/db';
import Papa from 'papaparse';
import { demo, e2eDb, expectAccessible, signIn, signUpLearner, uniqueEmail } from './support';

/** MSE gradient, right, and with the factor 2 doubled (every component ×2). */
const body = (
  factor: number,
) => `export function grad(w: number[], X: number[][], y: number[]): number[] {
  const g = w.map(() => 0);
  for (let i = 0; i < X.length; i++) {
    let r = -y[i];
    for (let j = 0; j < w.length; j++) r += X[i][j] * w[j];
    for (let j = 0; j < w.length; j++) g[j] += (${factor} * r * X[i][j]) / X.length;
  }
  return g;
}`;
const RIGHT = body(2);
const TWICE = body(4);
// A learner who picks a name a spreadsheet would run as a formula, with a comma and quotes.
const SNEAKY_NAME = '=HYPERLINK("http://x.example","Mallory, \'the\' tester")';

async function submitAndWait(request: APIRequestContext, code: string): Promise<string> {
  const created = await request.post('/api/submissions', {
    data: {
      exerciseId: 'mse-gradient',
      code,
      idempotencyKey: `teach-${Date.now()}-${Math.random()}`,
    },
  });
  expect(created.status()).toBe(202);
  const { submission } = await created.json();
  for (let i = 0; i < 120; i++) {
    const { submission: now } = await (
      await request.get(`/api/submissions/${submission.id}`)
    ).json();
    if (now.status === 'GRADED' || now.status === 'FAILED') return submission.id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`submission ${submission.id} was not graded`);
}

function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads UTF-8
  return Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
}

async function download(page: Page, linkName: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('an instructor creates a class, a learner joins and submits, the instructor sees it and exports CSV', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const teacher = await (await browser.newContext()).newPage();
  await signIn(
    teacher,
    demo.instructor.email,
    demo.instructor.password,
    '/signin?callbackUrl=%2Fteach',
  );
  await teacher.waitForURL('/teach');
  const className = `Seminar ${Date.now()}`;
  await teacher.getByLabel('Class name').fill(className);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await teacher.waitForURL(/\/teach\/classes\/[^/]+$/);
  const classUrl = new URL(teacher.url()).pathname;
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(className);
  await expect(teacher.getByText('Nobody has joined yet.')).toBeVisible();
  const code = (await teacher.getByTestId('join-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expectAccessible(teacher);

  // The learner: a wrong code is explained, the right one (typed loosely) joins, twice is fine.
  const learner = await (await browser.newContext()).newPage();
  const email = await signUpLearner(learner, 'joiner', SNEAKY_NAME);
  await learner.goto('/join');
  await learner.getByLabel('Join code').fill('ZZZZ-ZZZZ');
  await learner.getByRole('button', { name: 'Join class' }).click();
  await expect(learner.locator('#join-error')).toContainText('No class has the code ZZZZ-ZZZZ');
  await learner.getByLabel('Join code').fill(code.toLowerCase().replace('-', ' '));
  await learner.getByRole('button', { name: 'Join class' }).click();
  await expect(learner.getByRole('status').filter({ hasText: 'joined' })).toContainText(
    `You joined “${className}”`,
  );
  await learner.getByRole('button', { name: 'Join class' }).click();
  await expect(learner.getByRole('status').filter({ hasText: 'already' })).toContainText(
    `You are already in “${className}”`,
  );
  await expectAccessible(learner);

  // The instructor sees the learner in the matrix, the exercise not started.
  await teacher.reload();
  const row = teacher.getByRole('row', { name: new RegExp(email.replace(/[.]/g, '\\.')) });
  const cell = row.locator('td[data-column="e:mse-gradient"]');
  await expect(cell).toHaveAttribute('data-status', 'not-started');
  await expect(cell).toContainText('not started');

  // Two submissions: the factor 2 doubled, then right.
  const wrongId = await submitAndWait(learner.request, TWICE);
  await submitAndWait(learner.request, RIGHT);

  await teacher.reload();
  await expect(cell).toHaveAttribute('data-status', 'passed');
  await expect(cell).toContainText('passed, best 100%, 2 attempts');
  await expectAccessible(teacher);

  // Sort by that column (done first), then filter to learners who have not passed it.
  await teacher.getByRole('link', { name: /Exercise: Gradient of the mean squared error/ }).click();
  await expect(teacher).toHaveURL(/sort=e%3Amse-gradient&dir=desc/);
  await expect(teacher.locator('th[aria-sort="descending"]')).toContainText('E4');
  await teacher.getByLabel('Column').selectOption('e:mse-gradient');
  await teacher.getByLabel('Status there').selectOption('not-done');
  await teacher.getByRole('button', { name: 'Apply' }).click();
  await expect(teacher.getByText('No learner matches.')).toBeVisible();

  // The exercise page groups the mistake.
  await teacher.goto(`${classUrl}/exercises/mse-gradient`);
  await expect(
    teacher.getByRole('listitem').filter({ hasText: 'gradient scaled by ×2' }),
  ).toContainText('1 learner: gradient scaled by ×2');
  await expect(
    teacher.getByRole('term').filter({ hasText: 'Pass rate' }).locator('..'),
  ).toContainText('100%');
  await expectAccessible(teacher);

  // The learner's page shows both attempts with code and feedback.
  await teacher.goto(classUrl);
  await row.getByRole('link').click();
  await expect(teacher.getByText('Attempt 1 ·')).toBeVisible();
  await expect(teacher.getByText('Attempt 2 ·')).toBeVisible();
  await expect(teacher.locator('pre').first()).toContainText('2 * r * X[i][j]');
  await expectAccessible(teacher);

  // CSV downloads that open cleanly: the gradebook…
  const gradebook = await download(teacher, 'gradebook');
  expect(gradebook.name).toMatch(/^Seminar[ -]\d+-gradebook-\d{4}-\d{2}-\d{2}\.csv$/);
  const grid = parseCsv(gradebook.text);
  const header = grid[0]!;
  const mine = grid.find((r) => r[1] === email)!;
  const col = (name: string) => mine[header.indexOf(name)];
  expect(grid).toHaveLength(2);
  expect(mine[0]).toBe(`'${SNEAKY_NAME}`); // guarded: opens as text, not a formula
  expect(col('Gradient of the mean squared error: points (of 10)')).toBe('10');
  expect(col('Gradient of the mean squared error: attempts')).toBe('2');
  expect(col('Gradient of the mean squared error: status')).toBe('passed');
  expect(col('Exercises passed (of 10)')).toBe('1');

  // …and every submission, code and feedback with their line breaks intact.
  const submissions = parseCsv((await download(teacher, 'submissions')).text);
  const [head, ...records] = submissions;
  const field = (r: string[], name: string) => r[head!.indexOf(name)];
  expect(records.map((r) => field(r, 'Attempt'))).toEqual(['1', '2']);
  expect(field(records[0]!, 'Name')).toBe(`'${SNEAKY_NAME}`);
  expect(field(records[0]!, 'Diagnosis')).toBe('gradient scaled by ×2');
  expect(field(records[0]!, 'Code')).toBe(TWICE);
  expect(field(records[1]!, 'Code')).toBe(RIGHT);
  // Points, like the gradebook (not a 0–1 score in one file and points in the other).
  expect(field(records[1]!, 'Points')).toBe('10');
  expect(field(records[1]!, 'Max points')).toBe('10');
  expect(field(records[0]!, 'Feedback')).toContain('×2');

  // Feedback visibility for this class: summary only hides the diagnosis from the learner.
  await teacher.goto(`${classUrl}/exercises/mse-gradient`);
  await teacher.getByLabel('Feedback').selectOption('SUMMARY');
  await teacher.getByRole('button', { name: /^Save/ }).click();
  await expect(teacher.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const seen = await (await learner.request.get(`/api/submissions/${wrongId}`)).json();
  expect(JSON.stringify(seen.submission.result)).not.toContain('diagnosis');
  expect(seen.submission.result.tests[0].message).toBe('Not passed (failed).');
});

test('the question page shows choices and item analysis', async ({ page }) => {
  await signIn(page, demo.instructor.email, demo.instructor.password);
  await page.waitForURL('/');
  const prisma = e2eDb();
  const demoClass = await prisma.class.findUniqueOrThrow({ where: { joinCode: 'DEMO-CALC' } });
  await prisma.$disconnect();
  await page.goto(`/teach/classes/${demoClass.id}/questions`);
  await page.getByRole('row').filter({ hasText: 'quiz' }).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Lesson');
  await expect(page.getByRole('term').filter({ hasText: 'Discrimination D' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Choices on the first attempt' })).toBeVisible();
  await expectAccessible(page);
});

test.describe('only a class’s own instructors see it', () => {
  let classId = '';
  let outsider = { email: '', password: 'another-instructor-pw' };

  test.beforeAll(async () => {
    const prisma = e2eDb();
    classId = (await prisma.class.findUniqueOrThrow({ where: { joinCode: 'DEMO-CALC' } })).id;
    outsider = { ...outsider, email: uniqueEmail('outsider') };
    await prisma.user.create({
      data: {
        email: outsider.email,
        name: 'Other Instructor',
        role: 'INSTRUCTOR',
        passwordHash: await hashPassword(outsider.password),
      },
    });
    await prisma.$disconnect();
  });

  const pages = (id: string) => [
    `/teach/classes/${id}`,
    `/teach/classes/${id}/exercises/mse-gradient`,
    `/teach/classes/${id}/learners`,
    `/teach/classes/${id}/questions`,
  ];

  for (const who of ['learner', 'author'] as const) {
    test(`a${who === 'author' ? 'n' : ''} ${who} is refused (403) every instructor page and API of a class`, async ({
      page,
    }) => {
      await signIn(page, demo[who].email, demo[who].password);
      await page.waitForURL('/');
      for (const path of pages(classId)) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByText('DEMO-CALC')).toHaveCount(0);
      }
      const csv = await page.request.get(`/api/teach/classes/${classId}/gradebook`);
      expect(csv.status()).toBe(403);
      expect(await csv.text()).not.toContain('learner@slope.dev');
      expect((await page.request.post(`/api/teach/classes/${classId}/join-code`)).status()).toBe(
        403,
      );
    });
  }

  test('an instructor cannot see or change a class that is not theirs (404)', async ({ page }) => {
    await signIn(page, outsider.email, outsider.password, '/signin?callbackUrl=%2Fteach');
    await page.waitForURL('/teach');
    await expect(page.getByText('You do not teach a class yet.')).toBeVisible();
    for (const path of pages(classId)) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText('DEMO-CALC')).toHaveCount(0);
    }
    for (const kind of ['gradebook', 'submissions']) {
      const response = await page.request.get(`/api/teach/classes/${classId}/${kind}`);
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain('learner@slope.dev');
    }
    expect((await page.request.post(`/api/teach/classes/${classId}/join-code`)).status()).toBe(404);
    const settings = await page.request.put(
      `/api/teach/classes/${classId}/exercises/mse-gradient/settings`,
      { data: { dueAt: null, feedback: 'SUMMARY' } },
    );
    expect(settings.status()).toBe(404);
    const prisma = e2eDb();
    const demoClass = await prisma.class.findUniqueOrThrow({ where: { id: classId } });
    expect(demoClass.joinCode).toBe('DEMO-CALC');
    await prisma.$disconnect();
  });

  test('bad input to the instructor APIs gets a clear 400', async ({ page }) => {
    await signIn(page, demo.instructor.email, demo.instructor.password);
    await page.waitForURL('/');
    const put = (data: unknown) =>
      page.request.put(`/api/teach/classes/${classId}/exercises/mse-gradient/settings`, { data });
    const noDue = await put({ dueAt: null, feedback: 'AFTER_DUE' });
    expect(noDue.status()).toBe(400);
    expect((await noDue.json()).error).toMatch(/needs a due date/);
    const solutionNoDue = await put({ dueAt: null, feedback: null, solutionAfterDue: true });
    expect(solutionNoDue.status()).toBe(400);
    expect((await solutionNoDue.json()).error).toMatch(/worked solution .* needs a due date/);
    const badDate = await put({ dueAt: 'friday', feedback: null });
    expect(badDate.status()).toBe(400);
    expect((await badDate.json()).error).toMatch(/^dueAt: /);
    const create = await page.request.post('/api/teach/classes', {
      data: { name: '', course: 'calculus-for-ml' },
    });
    expect(create.status()).toBe(400);
    const join = await page.request.post('/api/classes/join', {
      headers: { 'content-type': 'application/json' },
      data: 'not an object',
    });
    expect(join.status()).toBe(400);
    // The same body declared as text is refused before the route reads it (see security.spec.ts).
    const asText = await page.request.post('/api/classes/join', { data: 'not an object' });
    expect(asText.status()).toBe(415);
  });
});
