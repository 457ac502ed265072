import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
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

/** The database the e2e server uses (see scripts/e2e-server.mjs). */
export function e2eDb() {
  return createPrismaClient(`file:${path.resolve(import.meta.dirname, '../../../data/e2e.db')}`);
}

export async function signIn(page: Page, email: string, password: string, from = '/signin') {
  await page.goto(from);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByRole('banner')).toContainText(name);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** axe-core finds no WCAG A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}
