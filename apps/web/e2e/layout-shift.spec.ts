import { expect, type Page, test } from '@playwright/test';
import { FIRST_LESSON, signUpLearner } from './support';

const COURSE = '/courses/calculus-for-ml';

/** Where the page's content starts before the session arrives and after: it must not move. */
async function mainTopWhileLoadingAndAfter(page: Page, path: string) {
  // Hold the session request back, to see the page as it is while the header loads.
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/auth/session', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path);
  const main = page.locator('main');
  await expect(page.locator('.user-menu[aria-busy="true"]')).toBeAttached();
  const before = (await main.boundingBox())!.y;
  release();
  // filled in: Sign up for a visitor, Sign out for a learner
  await expect(page.locator('.user-menu:not([aria-busy])')).toBeAttached();
  const after = (await main.boundingBox())!.y;
  return { before, after };
}

for (const width of [1280, 390]) {
  for (const who of ['visitor', 'learner'] as const) {
    test(`at ${width} px the header keeps its height while a ${who}'s session loads`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      if (who === 'learner') await signUpLearner(page, `header${width}`);
      for (const path of ['/', FIRST_LESSON]) {
        const { before, after } = await mainTopWhileLoadingAndAfter(page, path);
        expect(after, `${path}: content moved from ${before} px to ${after} px`).toBe(before);
        await page.unrouteAll();
      }
    });
  }
}

for (const width of [1280, 390]) {
  test(`at ${width} px the course page does not jump when the learner's progress arrives`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await signUpLearner(page, `shift${width}`);
    // Hold the progress back, to see where the lesson list is before it arrives and after.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/courses/*/progress', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(COURSE);
    const card = page.getByRole('region', { name: 'Your progress' });
    await expect(card).toHaveAttribute('aria-busy', 'true');
    const list = page.getByRole('list', { name: 'Lessons' });
    const before = (await list.boundingBox())!.y;
    release();
    await expect(card).toContainText('of 11 lessons complete');
    const after = (await list.boundingBox())!.y;
    expect(after, `the lesson list moved from ${before} px to ${after} px`).toBe(before);
  });
}
