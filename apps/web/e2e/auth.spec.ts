import { expect, test } from '@playwright/test';
import { demo, e2eDb, expectAccessible, expectSignedInAs, signIn, uniqueEmail } from './support';

test('a newcomer signs up, is signed in, and signs out', async ({ page }) => {
  const email = uniqueEmail('newcomer');
  await page.goto('/signup');
  await expectAccessible(page);
  await page.getByLabel('Name').fill('Ada Newcomer');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('gradient descent rocks');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('/');
  await expectSignedInAs(page, 'Ada Newcomer');
  await expect(page.getByRole('banner')).toContainText('Learner');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  const prisma = e2eDb();
  const user = await prisma.user.findUnique({ where: { email } });
  expect(user?.role).toBe('LEARNER');
  expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
  await prisma.$disconnect();
});

test('sign-up errors appear next to their field and write nothing', async ({ page }) => {
  const prisma = e2eDb();
  const before = await prisma.user.count();

  await page.goto('/signup');
  await page.getByLabel('Name').fill('Someone');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#email-error')).toHaveText(/valid email address/);
  await expect(page.locator('#password-error')).toHaveText(/at least 10 characters/);
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');

  // A taken email gets the answer a new one would (no account is revealed), and no write.
  await page.getByLabel('Email').fill(demo.learner.email);
  await page.getByLabel('Password').fill('a perfectly fine password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toHaveText(
    /Check your email, or sign in if you already have an account\./,
  );

  expect(await prisma.user.count()).toBe(before);
  await prisma.$disconnect();
});

test('a wrong password gets one generic message, and repeated failures are rate-limited', async ({
  page,
}) => {
  const email = uniqueEmail('victim');
  await signIn(page, demo.learner.email, 'wrong-password');
  await expect(page.locator('#signin-error')).toHaveText('Email or password is incorrect.');
  await signIn(page, 'nobody-at-all@example.com', 'wrong-password');
  await expect(page.locator('#signin-error')).toHaveText('Email or password is incorrect.');

  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, email, `guess-${attempt}`);
    await expect(page.locator('#signin-error')).toHaveText('Email or password is incorrect.');
  }
  await signIn(page, email, 'guess-6');
  await expect(page.locator('#signin-error')).toHaveText(
    /Too many failed sign-in attempts\. Try again in \d+ minutes?\./,
  );
});

test('the sign-in page is accessible', async ({ page }) => {
  await page.goto('/signin');
  await expectAccessible(page);
});

test('a failed sign-up takes focus to the first field to fix; the way back survives sign-in links', async ({
  page,
}) => {
  await page.goto('/signup?callbackUrl=%2Fdashboard');
  const signInLink = page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true });
  await expect(signInLink).toHaveAttribute('href', '/signin?callbackUrl=%2Fdashboard');
  await page.getByLabel('Name').fill('Focus Tester');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  const email = page.getByLabel('Email');
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/valid email address/);
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/at least 10 characters/);
  await expectAccessible(page);

  // Fixed, the new account goes where it was asked to.
  await email.fill(uniqueEmail('focus'));
  await page.getByLabel('Password').fill('gradients all the way down');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('/dashboard');
});

test('a failed sign-in takes focus back to the email, described by the error', async ({ page }) => {
  await page.goto('/signin?callbackUrl=%2Fdashboard');
  await expect(page.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
    'href',
    '/signup?callbackUrl=%2Fdashboard',
  );
  await page.getByLabel('Email').fill(demo.learner.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const email = page.getByLabel('Email');
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Email or password is incorrect.');
  await expectAccessible(page);
});
