import { expect, test } from '@playwright/test';
import { demo, expectSignedInAs, FIRST_LESSON } from './support';

test('a visitor is offered a sign-in link beside a question, and comes back to it signed in', async ({
  page,
}) => {
  await page.goto(FIRST_LESSON);
  const quiz = page.locator('#practice-step-direction');
  const link = quiz.getByRole('link', { name: 'Sign in' });
  await expect(link).toBeVisible();
  await expect(quiz).toContainText('Sign in to check your answers and keep your progress.');
  // The header's link returns to this lesson too.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toHaveAttribute(
    'href',
    `/signin?callbackUrl=${encodeURIComponent(FIRST_LESSON)}`,
  );
  await link.click();
  await page.getByLabel('Email').fill(demo.learner.email);
  await page.getByLabel('Password').fill(demo.learner.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(`**${FIRST_LESSON}#practice-step-direction`);
  await expectSignedInAs(page, demo.learner.name);
  await expect(quiz.getByRole('link', { name: 'Sign in' })).toHaveCount(0);
});
