import { expect, test } from '@playwright/test';
import { demo, signIn } from './support';

// scripts/e2e-server.mjs sets this token.
const METRICS_TOKEN = 'e2e-metrics-token-0123456789';

test('liveness and readiness answer for load balancers', async ({ request }) => {
  expect(await (await request.get('/api/health/live')).json()).toEqual({ status: 'ok' });
  const ready = await request.get('/api/health/ready');
  expect(ready.status()).toBe(200);
  expect((await ready.json()).checks).toMatchObject({ process: 'ok', database: 'ok' });
});

test('metrics are for admins and for a scraper with the token', async ({ page, request }) => {
  expect((await request.get('/api/metrics')).status()).toBe(401);
  const wrongToken = await request.get('/api/metrics', {
    headers: { authorization: 'Bearer not-the-token-at-all-0000' },
  });
  expect(wrongToken.status()).toBe(401);

  const scraped = await request.get('/api/metrics', {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(scraped.status()).toBe(200);
  expect(scraped.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await scraped.text();
  expect(text).toMatch(
    /^slope_grading_queue_jobs\{mode="(embedded|queue)",state="waiting"\} \d+$/m,
  );
  expect(text).toMatch(/^slope_grading_latency_seconds\{quantile="0\.95"\} [\d.]+$/m);

  await signIn(page, demo.learner.email, demo.learner.password);
  await page.waitForURL('/');
  expect((await page.request.get('/api/metrics')).status()).toBe(403);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await signIn(page, 'admin@slope.dev', 'admin-demo-pw');
  await page.waitForURL('/');
  const asAdmin = await page.request.get('/api/metrics');
  expect(asAdmin.status()).toBe(200);
  expect(await asAdmin.text()).toContain('slope_submissions{status="GRADED"}');
});
