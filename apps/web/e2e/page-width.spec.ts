import { expect, type Page, test } from '@playwright/test';
import { demo, expectAccessible, FIRST_LESSON, signInTo } from './support';

/**
 * No page scrolls sideways, on a phone (390 px) or a laptop (1280 px): wide tables and math
 * scroll inside their own region instead.
 */
const WIDTHS = [390, 1280];

/** The page's width, and the outermost elements that stick out past the viewport's right edge. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > width + 1;
    // Inside a region that scrolls or clips, sticking out is that region's business.
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => sticksOut(el) && !clipped(el))
      .filter((el) => !el.parentElement || !sticksOut(el.parentElement))
      .map((el) => {
        const right = Math.round(el.getBoundingClientRect().right);
        return `${el.tagName.toLowerCase()}.${String(el.className)} (right edge ${right} px)`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

async function expectFits(page: Page, path: string) {
  await page.waitForLoadState('networkidle');
  const { scrollWidth, width, wide } = await overflow(page);
  expect(wide, `${path}: elements wider than the ${width} px viewport`).toEqual([]);
  expect(scrollWidth, `${path} is ${scrollWidth} px wide`).toBeLessThanOrEqual(width);
}

const PUBLIC_PAGES = ['/', '/courses/calculus-for-ml', FIRST_LESSON, '/signin', '/signup'];

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test('public pages fit the width', async ({ page }) => {
      test.setTimeout(60_000);
      for (const path of PUBLIC_PAGES) {
        await page.goto(path);
        await expectFits(page, path);
      }
    });

    test('every lesson fits the width', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/courses/calculus-for-ml');
      const hrefs = await page
        .getByRole('list', { name: 'Lessons' })
        .getByRole('link')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) {
        await page.goto(href);
        await expectFits(page, href);
      }
    });

    test("the learner's dashboard fits the width", async ({ page }) => {
      await signInTo(page, demo.learner, '/dashboard');
      await expectFits(page, '/dashboard');
      await expectAccessible(page);
    });

    test('the class page fits the width; its matrix scrolls in a labelled, focusable region', async ({
      page,
    }) => {
      await signInTo(page, demo.instructor, '/teach');
      await page.getByRole('link', { name: 'Calculus for ML — demo class' }).click();
      await page.waitForURL(/\/teach\/classes\/[^/]+$/);
      const classPath = new URL(page.url()).pathname;
      await expectFits(page, classPath);
      const region = page.getByRole('region', { name: /Learners 1–1 of 1/ });
      const box = await region.evaluate((el) => ({ wide: el.scrollWidth, shown: el.clientWidth }));
      expect(box.shown).toBeLessThanOrEqual(width);
      // On a phone the matrix is wider than its region: the region scrolls, so it is a Tab stop.
      if (width < 600) {
        expect(box.wide).toBeGreaterThan(box.shown);
        await expect(region).toHaveAttribute('tabindex', '0');
      }
      await expectAccessible(page);
      for (const tab of ['exercises', 'questions', 'learners']) {
        await page.goto(`${classPath}/${tab}`);
        await expectFits(page, `${classPath}/${tab}`);
      }
    });

    test('the author page fits the width', async ({ page }) => {
      await signInTo(page, demo.author, '/author');
      await expectFits(page, '/author');
    });
  });
}
