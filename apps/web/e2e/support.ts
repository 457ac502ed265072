import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { createPrismaClient } from '@slope/db';

export const demo = {
  learner: { email: 'learner@slope.dev', password: 'learner-demo-pw', name: 'Demo Learner' },
  instructor: {
    email: 'instructor@slope.dev',
    password: 'instructor-demo-pw',
    name: 'Demo Instructor',
  },
  author: { email: 'author@slope.dev', password: 'author-demo-pw', name: 'Demo Author' },
};

export const FIRST_LESSON = '/courses/calculus-for-ml/why-calculus';

/** The database the e2e server uses (see scripts/e2e-server.mjs): SQLite, or PostgreSQL in scale-out runs. */
export function e2eDb() {
  return createPrismaClient(e2eDatabaseUrl());
}

export function e2eDatabaseUrl(): string {
  return (
    process.env.E2E_DATABASE_URL ??
    `file:${path.resolve(import.meta.dirname, '../../../data/e2e.db')}`
  );
}

export async function signIn(page: Page, email: string, password: string, from = '/signin') {
  await page.goto(from);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in through the form on its way to `path` (sent there by callbackUrl), and waits to arrive. */
export async function signInTo(
  page: Page,
  account: { email: string; password: string },
  path: string,
) {
  await signIn(
    page,
    account.email,
    account.password,
    `/signin?callbackUrl=${encodeURIComponent(path)}`,
  );
  await page.waitForURL(path);
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByRole('banner')).toContainText(name);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** axe-core finds no WCAG A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page, within?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (within ? builder.include(within) : builder).analyze();
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

/** Drags from the centre of one element to the centre of another with real mouse events. */
export async function drag(page: Page, from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('element not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 6, a.y + a.height / 2 + 6, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Signs up a fresh learner through the form and waits until they are signed in. */
export async function signUpLearner(
  page: Page,
  label: string,
  name = `Learner ${label}`,
): Promise<string> {
  const email = uniqueEmail(label);
  await page.goto('/signup');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('gradients all the way down');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('/');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return email;
}

/** Replaces the code in a lesson's exercise editor (CodeMirror, loaded when in view). */
export async function typeCode(page: Page, exerciseId: string, code: string) {
  const block = page.locator(`#exercise-${exerciseId}`);
  await block.scrollIntoViewIfNeeded();
  const content = block.locator('.cm-content');
  await expect(content).toBeVisible();
  await content.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** The MSE gradient of the mse-gradient exercise as a learner writes it; `factor` 2 is right, 4 the classic slip. */
export const mseGradient = (
  factor = 2,
) => `export function grad(w: number[], X: number[][], y: number[]): number[] {
  const n = X.length;
  const g = w.map(() => 0);
  for (let i = 0; i < n; i++) {
    let r = -y[i];
    for (let j = 0; j < w.length; j++) r += X[i][j] * w[j];
    for (let j = 0; j < w.length; j++) g[j] += (${factor} * r * X[i][j]) / n;
  }
  return g;
}
`;

/** A right answer to the central-difference exercise (lesson 2), as a learner writes it. */
export const centralDifference = `function evaluate(coeffs: number[], t: number): number {
  let p = 0;
  for (let k = coeffs.length - 1; k >= 0; k--) p = p * t + coeffs[k];
  return p;
}
export function slopeAt(coeffs: number[], x: number, h: number): number {
  return (evaluate(coeffs, x + h) - evaluate(coeffs, x - h)) / (2 * h);
}`;
