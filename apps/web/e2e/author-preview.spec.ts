import { expect, type Page, test } from '@playwright/test';
import { demo, expectAccessible, FIRST_LESSON, signIn } from './support';

const PREVIEW = '/author/preview';

const DRAFT = [
  '---',
  'title: Gradients by hand',
  '---',
  '',
  '## The slope of a square',
  '',
  "The derivative of $f(x) = x^2$ is $f'(x) = 2x$.",
  '',
  '<Quiz',
  '  id="sign"',
  '  stem="At $w = 1$ the slope of the loss is $4$. Which way should $w$ move?"',
  '  choices={[',
  '    { id: "down", text: "Decrease w", correct: true, feedback: "Right: step against the slope." },',
  '    { id: "up", text: "Increase w", feedback: "That walks uphill." },',
  '  ]}',
  '/>',
  '',
].join('\n');

async function openAsAuthor(page: Page) {
  await signIn(page, demo.author.email, demo.author.password, `/signin?callbackUrl=${PREVIEW}`);
  await page.waitForURL(PREVIEW);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Live preview');
}

test('an author edits MDX and sees it rendered live, with errors at their line', async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await openAsAuthor(page);
  const preview = page.getByRole('article', { name: 'Rendered lesson' });
  const editor = page.getByLabel('Lesson MDX');

  // The sample draft: every widget, rendered.
  await expect(preview.getByRole('heading', { name: 'A sample draft' })).toBeVisible();
  await expect(preview.locator('.slope-quiz')).toBeVisible();
  await expect(preview.getByText('Exercise central-difference')).toBeVisible();
  await expect(preview.locator('.katex-display')).toBeVisible();
  await page.screenshot({ path: 'test-results/author-preview-sample.png', fullPage: true });
  await expectAccessible(page);

  // Type a new draft: math and a quiz.
  await editor.fill('');
  await editor.pressSequentially('Typing $a^2$');
  await expect(preview.locator('.katex')).toHaveCount(1);
  await editor.fill(DRAFT);
  await expect(preview.getByRole('heading', { name: 'Gradients by hand' })).toBeVisible();
  await expect(preview.locator('.katex').first()).toBeVisible();
  await expect(
    preview.locator('annotation[encoding="application/x-tex"]', { hasText: "f'(x) = 2x" }),
  ).toBeAttached();
  await expect(preview).not.toContainText('$f');

  // The quiz works, checked locally with the author's own key.
  const quiz = preview.getByRole('group', { name: /Which way should/ });
  await quiz.getByLabel('Increase w').check();
  await preview.getByRole('button', { name: 'Check' }).click();
  await expect(preview.getByText('That walks uphill.')).toBeVisible();
  await preview.getByRole('button', { name: 'Try again' }).click();
  await quiz.getByLabel('Decrease w').check();
  await preview.getByRole('button', { name: 'Check' }).click();
  await expect(preview.getByText('Correct!')).toBeVisible();

  // A syntax error on line 7: reported at its line and marked in the editor, while the last
  // good render stays.
  await editor.fill(DRAFT.replace("is $f'(x) = 2x$.", 'is {2 *} x.'));
  const problems = page.locator('#preview-problems');
  await expect(problems).toContainText(/line 7, column \d+: /);
  await expect(page.locator('[data-line="7"]')).toBeVisible();
  await expect(editor).toHaveAttribute('aria-invalid', 'true');
  await expect(preview.getByRole('heading', { name: 'Gradients by hand' })).toBeVisible();
  await page.screenshot({ path: 'test-results/author-preview-error.png', fullPage: false });
  await expectAccessible(page);

  // A spec problem is an error at the widget's line too.
  await editor.fill(DRAFT.replace('correct: true, ', ''));
  await expect(problems).toContainText(
    'line 9, column 1: <Quiz> prop choices: no choice is marked correct',
  );

  // Going to the line puts the caret there; fixing it clears the problem.
  await problems.getByRole('button', { name: /line 9/ }).click();
  await expect(editor).toBeFocused();
  await editor.fill(DRAFT);
  await expect(problems).not.toContainText('line');
  await expect(page.locator('[data-line]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/author-preview.png', fullPage: false });
  expect(consoleErrors).toEqual([]);

  // An expression that only fails when the draft runs: named, and the last good render stays.
  await editor.fill(`${DRAFT}\nThe weight is {notDefined}.\n`);
  await expect(problems).toContainText('failed while rendering: notDefined is not defined');
  await expect(preview.getByRole('heading', { name: 'Gradients by hand' })).toBeVisible();
  await expect(preview.locator('.slope-quiz')).toBeVisible();
});

test('?lesson= starts from that lesson’s source', async ({ page }) => {
  await openAsAuthor(page);
  await page.goto(`${PREVIEW}?lesson=calculus-for-ml/why-calculus`);
  await expect(page.getByLabel('Lesson MDX')).toHaveValue(
    /^---\ntitle: Why calculus drives training/,
  );
  const preview = page.getByRole('article', { name: 'Rendered lesson' });
  await expect(
    preview.getByRole('heading', { name: 'Why calculus drives training' }),
  ).toBeVisible();
  await expect(preview.locator('.slope-quiz')).toBeVisible();
});

test('a learner is refused the preview with 403, a visitor is sent to sign in', async ({
  page,
}) => {
  await page.goto(PREVIEW);
  await page.waitForURL(/\/signin\?callbackUrl=%2Fauthor%2Fpreview/);

  await signIn(page, demo.learner.email, demo.learner.password);
  await page.waitForURL('/');
  const response = await page.goto(PREVIEW);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This page is not for your account',
  );
  await expect(page.getByLabel('Lesson MDX')).toHaveCount(0);
});

test('the preview’s compiler stays out of the lesson pages’ scripts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  await page.goto(FIRST_LESSON);
  await expect(page.locator('.slope-quiz')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  // Messages only the MDX compiler (micromark) and KaTeX's parser contain.
  expect(scripts.some((source) => source.includes('Could not parse expression with acorn'))).toBe(
    false,
  );
  expect(scripts.some((source) => source.includes('KaTeX parse error'))).toBe(false);
});
