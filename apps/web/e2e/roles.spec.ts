import { expect, test } from '@playwright/test';
import { demo, expectSignedInAs, signIn } from './support';

test('a visitor asking for an instructor page is sent to sign in first', async ({ page }) => {
  await page.goto('/teach');
  await page.waitForURL(/\/signin\?callbackUrl=%2Fteach/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
});

test('a learner requesting an instructor-only page is refused with 403', async ({ page }) => {
  await signIn(page, demo.learner.email, demo.learner.password);
  await page.waitForURL('/');
  const response = await page.goto('/teach');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This page is not for your account',
  );
  await expect(page.getByText('DEMO-CALC')).toHaveCount(0);
});

test('an author is refused the instructor page too', async ({ page }) => {
  await signIn(page, demo.author.email, demo.author.password);
  await page.waitForURL('/');
  const response = await page.goto('/teach');
  expect(response?.status()).toBe(403);
});

test('the demo instructor sees the demo class with its join code', async ({ page }) => {
  await signIn(
    page,
    demo.instructor.email,
    demo.instructor.password,
    '/signin?callbackUrl=%2Fteach',
  );
  await page.waitForURL('/teach');
  await expectSignedInAs(page, demo.instructor.name);
  const row = page.getByRole('row', { name: /Calculus for ML — demo class/ });
  await expect(row).toContainText('DEMO-CALC');
  await expect(row).toContainText('1');
});

test('the instructor API checks who is asking', async ({ page, request }) => {
  expect((await request.get('/api/teach/classes')).status()).toBe(401);

  await signIn(page, demo.learner.email, demo.learner.password);
  await page.waitForURL('/');
  const asLearner = await page.request.get('/api/teach/classes');
  expect(asLearner.status()).toBe(403);
  expect(await asLearner.json()).toEqual({ error: 'You do not have access to this.' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await signIn(page, demo.instructor.email, demo.instructor.password);
  await page.waitForURL('/');
  const asInstructor = await page.request.get('/api/teach/classes');
  expect(asInstructor.status()).toBe(200);
  const { classes } = await asInstructor.json();
  expect(classes).toEqual([
    expect.objectContaining({
      name: 'Calculus for ML — demo class',
      joinCode: 'DEMO-CALC',
      learners: 1,
    }),
  ]);
});
