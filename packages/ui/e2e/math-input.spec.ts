import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * The web app's Content-Security-Policy for pages (apps/web/src/http/security-headers.ts, without
 * a nonce: the demo page has no inline script). MathLive must work under it unchanged.
 */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const MATHLIVE_CHUNK = /\/chunks\/mathlive[^/]*\.js$/;

/** Serves the demo under the app's CSP and records what goes wrong: violations, errors, 4xx. */
async function openDemo(page: Page) {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': APP_CSP },
      });
    },
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // zod probes for `new Function` (and copes without): the demo bundles the specs that the
      // web app keeps on the server
      if (e.blockedURI === 'eval' && e.sourceFile.endsWith('/main.js')) return;
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}`);
    });
  });
  await page.goto('/');
  return { problems, requests, section: page.locator('#math-input') };
}

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page })
    .include('#math-input')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`formula by keyboard, plain text and back, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const { problems, requests, section } = await openDemo(page);
    const field = section.locator('math-field');
    const value = section.getByTestId('math-value');
    await expect(field).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]); // empty, with its placeholder

    // The label names the editor: clicking it focuses the field, then keys only.
    await section.getByText('Your derivative', { exact: true }).click();
    await page.keyboard.type('2xsin x+x^2');
    await page.keyboard.press('ArrowRight'); // out of the exponent
    await page.keyboard.type('cos x');
    await expect(value).toHaveText('2x\\sin x+x^2\\cos x');
    await page.keyboard.press('Enter');
    await expect(section.getByTestId('math-submitted')).toHaveText(
      'Submitted: 2x\\sin x+x^2\\cos x',
    );
    // the preview typesets it with MathLive's static styles, and says it in words
    const preview = section.locator('.slope-math-preview');
    await expect(preview.locator('.ML__latex')).toBeVisible();
    expect(
      await preview
        .locator('.ML__base')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).toBe('inline-block');
    await expect(preview.locator('.slope-sr-only')).toContainText('sin');
    await section.screenshot({
      path: `test-results/screenshots/math-input-formula-${viewport.width}.png`,
    });

    await section.getByRole('button', { name: 'Type as plain text' }).click();
    const plain = section.getByRole('textbox', { name: 'Your derivative' });
    await expect(plain).toBeFocused();
    await expect(plain).toHaveValue('2x sin x+x^2cos x');
    await page.keyboard.type(' + 1');
    await page.keyboard.press('Enter');
    await expect(section.getByTestId('math-submitted')).toHaveText(
      'Submitted: 2x sin x+x^2cos x + 1',
    );
    await section.screenshot({
      path: `test-results/screenshots/math-input-plain-${viewport.width}.png`,
    });

    await section.getByRole('button', { name: 'Use the formula editor' }).click();
    await expect(value).toHaveText('2x\\sin x+x^{2}\\cos x+1');
    await expect(field).toBeFocused();

    expect(await axeViolations(page)).toEqual([]);
    // nothing wider than a phone; MathLive found KaTeX's fonts and fetched no copy of its own
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
    expect(requests.filter((url) => /\/fonts\/KaTeX/.test(url))).toEqual([]);
    expect(
      await page.evaluate(() =>
        [...document.fonts].some((f) => f.family === 'KaTeX_Main' && f.status === 'loaded'),
      ),
    ).toBe(true);
    expect(problems).toEqual([]);
  });
}

test('the chosen mode is remembered, and plain text loads no MathLive', async ({ page }) => {
  const { section, requests } = await openDemo(page);
  await expect(section.locator('math-field')).toBeVisible();
  await section.getByRole('button', { name: 'Type as plain text' }).click();
  requests.length = 0;
  await page.reload();
  await expect(section.getByRole('button', { name: 'Use the formula editor' })).toBeVisible();
  await expect(section.getByRole('textbox', { name: 'Your derivative' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => MATHLIVE_CHUNK.test(url))).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('slope.mathInputMode'))).toBe('plain');
});

test('the plain input works while MathLive loads, and if it cannot load', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(MATHLIVE_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  const { section } = await openDemo(page);
  const input = section.getByRole('textbox', { name: 'Your derivative' });
  await expect(section.getByRole('status').first()).toHaveText('Loading the formula editor…');
  await input.fill('x^2');
  await expect(section.getByTestId('math-value')).toHaveText('x^2');
  await input.focus();
  release();
  // MathLive arrives: the typed text becomes LaTeX in the editor, which keeps the focus
  await expect(section.locator('math-field')).toBeFocused();
  await expect(section.getByTestId('math-value')).toHaveText('x^{2}');

  await page.unroute(MATHLIVE_CHUNK);
  await page.route(MATHLIVE_CHUNK, (route) => route.abort());
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(section.getByText('The formula editor could not load')).toBeVisible();
  await input.fill('2*x');
  await expect(section.getByTestId('math-value')).toHaveText('2*x');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('tapping the field opens the virtual keyboard', async ({ page }) => {
    const { section } = await openDemo(page);
    const field = section.locator('math-field');
    await expect(field).toBeVisible();
    await field.tap();
    await expect(page.locator('.ML__keyboard.is-visible')).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/math-input-touch-390.png' });
  });
});
