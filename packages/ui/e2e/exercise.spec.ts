import { expect, type Page, test } from '@playwright/test';

const right = `export function mseGrad(w: number, xs: number[], ys: number[]): number {
let g = 0;
for (let i = 0; i < xs.length; i++) g += 2 * (w * xs[i]! - ys[i]!) * xs[i]!;
return g / xs.length;
}`;

async function typeInEditor(page: Page, code: string) {
  const content = page.locator('.slope-exercise .cm-content');
  await content.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText avoids CodeMirror's auto-indent and bracket closing while "typing"
  await page.keyboard.insertText(code);
}

test('the editor loads only when the exercise comes into view', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/');
  await expect(page.locator('.slope-exercise textarea')).toHaveCount(1);
  expect(requested.some((u) => u.includes('code-editor'))).toBe(false);
  await page.locator('.slope-exercise').scrollIntoViewIfNeeded();
  await expect(page.locator('.slope-exercise .cm-editor')).toBeVisible();
  expect(requested.some((u) => u.includes('code-editor'))).toBe(true);
});

test('Run executes the public examples in a Web Worker; Submit shows the graded result', async ({
  page,
}) => {
  await page.goto('/');
  const ex = page.locator('.slope-exercise');
  await ex.scrollIntoViewIfNeeded();
  await expect(ex.locator('.cm-editor')).toBeVisible();

  await ex.getByRole('button', { name: 'Run 3 examples' }).click();
  const run = ex.getByRole('region', { name: 'Run: public examples' });
  await expect(run).toContainText('1 of 3 examples passed');
  await expect(run).toContainText('-18.6667');

  await typeInEditor(page, right);
  await ex.getByRole('button', { name: 'Run 3 examples' }).click();
  await expect(run).toContainText('3 of 3 examples passed');

  await ex.getByRole('button', { name: 'Submit' }).click();
  await expect(ex.getByRole('status')).toContainText(/Waiting for a grader|Grading/);
  const graded = ex.getByRole('region', { name: 'Submission: hidden tests' });
  await expect(graded).toContainText('100%');
  await expect(ex.getByText('2 attempts left').first()).toBeVisible();

  // the draft survives a reload
  await page.reload();
  await page.locator('.slope-exercise').scrollIntoViewIfNeeded();
  await expect(page.locator('.slope-exercise .cm-content')).toContainText(
    '2 * (w * xs[i]! - ys[i]!)',
  );
  await expect(page.getByText('Your saved draft was restored.')).toBeVisible();
});

test('an endless loop times out and compile errors give line:column', async ({ page }) => {
  await page.goto('/');
  const ex = page.locator('.slope-exercise');
  await ex.scrollIntoViewIfNeeded();
  await expect(ex.locator('.cm-editor')).toBeVisible();
  await typeInEditor(page, 'export function mseGrad(w: number): number {\nwhile (true) {}\n}');
  await ex.getByRole('button', { name: 'Run 3 examples' }).click();
  const run = ex.getByRole('region', { name: 'Run: public examples' });
  await expect(run).toContainText('Timed out', { timeout: 8000 });
  await expect(run).toContainText('Stopped after 2000 ms');

  await typeInEditor(page, 'export function mseGrad(w: number {\n  return 1;\n}');
  await ex.getByRole('button', { name: 'Run 3 examples' }).click();
  await expect(run).toContainText('Not graded');
  await expect(run).toContainText('submission.ts:1:');
});

test('keyboard: Tab into the editor, type, Escape then Tab out to Run', async ({ page }) => {
  await page.goto('/');
  const ex = page.locator('.slope-exercise');
  await ex.scrollIntoViewIfNeeded();
  await expect(ex.locator('.cm-editor')).toBeVisible();
  await ex.locator('.cm-content').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n// note');
  await expect(ex.locator('.cm-content')).toContainText('// note');
  // Escape closes any completion popup; Escape then Tab leaves the editor (CodeMirror's rule)
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(ex.getByRole('button', { name: 'Run 3 examples' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ex.getByRole('region', { name: 'Run: public examples' })).toBeVisible();
});
