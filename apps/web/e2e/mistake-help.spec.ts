import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible, mseGradient, signUpLearner, typeCode } from './support';

const COURSE = '/courses/calculus-for-ml';
const LESSON = `${COURSE}/partial-derivatives-and-the-gradient`;
const SECTION = 'the-gradient-of-mean-squared-error';

test('a ×2 gradient comes back with the course’s explanation and a link to the section that teaches it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUpLearner(page, 'mistake-help');
  await page.goto(LESSON);
  const exercise = page.locator('#exercise-mse-gradient');

  await typeCode(page, 'mse-gradient', mseGradient(4));
  await exercise.getByRole('button', { name: 'Submit' }).click();
  const submission = exercise.getByRole('region', { name: 'Submission: hidden tests' });
  await expect(submission.getByText(/Every component of your gradient is ×2/)).toBeVisible({
    timeout: 30_000,
  });
  // Twenty cases failing the same way: one row, one explanation.
  await expect(submission.locator('.slope-grade__test')).toHaveCount(1);
  const help = submission.locator('.slope-mistake-help');
  await expect(help).toHaveCount(1);
  await expect(help).toContainText('About this mistake: Every component is off by the same factor');
  const link = help.getByRole('link', { name: 'Lesson 4: “The gradient of mean squared error”' });
  await expect(link).toHaveAttribute('href', `${LESSON}#${SECTION}`);
  await expectAccessible(page);

  // The link lands on the section's heading.
  await link.click();
  await expect(page).toHaveURL(`${LESSON}#${SECTION}`);
  const heading = page.locator(`h2#${SECTION}`);
  await expect(heading).toHaveText('The gradient of mean squared error');
  await expect(heading).toBeInViewport();

  // Fixed, the twenty passing cases fold into one row whose list waits behind a <details>.
  await typeCode(page, 'mse-gradient', mseGradient(2));
  await exercise.getByRole('button', { name: 'Submit' }).click();
  await expect(submission.getByText(/20 of 20 tests passed/)).toBeVisible({ timeout: 30_000 });
  await expect(submission.locator('.slope-grade__test')).toHaveCount(1);
  await expect(submission.getByText('20 hidden tests passed')).toBeVisible();
  await expect(submission.getByText('random data 7', { exact: false })).toBeHidden();
  await expect(submission.locator('.slope-mistake-help')).toHaveCount(0);
});

test('every section the calculus mistakes table links to is a heading on its lesson page', async ({
  request,
}) => {
  const file = path.resolve(import.meta.dirname, '../../../content/calculus-for-ml/mistakes.json');
  const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { section: string }>;
  const sections = [...new Set(Object.values(table).map((entry) => entry.section))];
  expect(sections.length).toBeGreaterThan(3);
  for (const section of sections) {
    const [folder = '', anchor = ''] = section.split('#');
    const response = await request.get(`${COURSE}/${folder.slice(3)}`);
    expect(response.status(), section).toBe(200);
    expect(await response.text(), section).toMatch(new RegExp(`<h[2-6] id="${anchor}">`));
  }
});
