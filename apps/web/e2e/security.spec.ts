import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { demo, e2eDb, expectSignedInAs, FIRST_LESSON, signIn, signUpLearner } from './support';

// Each test below replays a request that got through in the security review (issue 15).

const DEMO_JOIN_CODE = 'DEMO-CALC';

async function membershipCount(email: string): Promise<number> {
  const prisma = e2eDb();
  const count = await prisma.classMembership.count({ where: { user: { email } } });
  await prisma.$disconnect();
  return count;
}

test.describe('1. redirects after sign-in and sign-out stay on the site', () => {
  for (const callbackUrl of [
    '/%5Cevil.example/x',
    '/%09/evil.example/x',
    '%2F%2Fevil.example%2Fx',
    'https://evil.example/x',
    '/%5C%5Cevil.example',
  ]) {
    test(`callbackUrl=${callbackUrl}`, async ({ page, baseURL }) => {
      const site = new URL(baseURL!).origin;
      await signIn(
        page,
        demo.learner.email,
        demo.learner.password,
        `/signin?callbackUrl=${callbackUrl}`,
      );
      await expectSignedInAs(page, demo.learner.name);
      expect(new URL(page.url()).origin).toBe(site);
    });
  }

  test('a same-site callbackUrl is followed', async ({ page }) => {
    await signIn(page, demo.learner.email, demo.learner.password, '/signin?callbackUrl=/dashboard');
    await page.waitForURL('/dashboard');
  });

  test('sign-out returns to the host the user is on, not NEXTAUTH_URL', async ({
    page,
    baseURL,
  }) => {
    // NEXTAUTH_URL says localhost; this user came in by 127.0.0.1.
    const other = baseURL!.replace('localhost', '127.0.0.1');
    await signIn(page, demo.learner.email, demo.learner.password, `${other}/signin`);
    await expectSignedInAs(page, demo.learner.name);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(other).origin);
  });
});

test.describe('2. cross-site request forgery', () => {
  let attacker: Server;
  let attackerUrl: string;

  test.beforeAll(async ({ baseURL }) => {
    // A page on another port of the same host: same-site, so SameSite=Lax cookies go along.
    attacker = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(`<!doctype html><title>cat pictures</title><script>
        fetch('${baseURL}/api/classes/join', {
          method: 'POST', mode: 'no-cors', credentials: 'include',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ code: '${DEMO_JOIN_CODE}' }),
        }).finally(() => { document.title = 'sent'; });
      </script>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, 'localhost', resolve));
    attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => attacker.close(() => resolve())));

  test('a page on another port cannot make a signed-in learner join a class', async ({ page }) => {
    const email = await signUpLearner(page, 'csrf');
    await page.goto(attackerUrl);
    await expect(page).toHaveTitle('sent');
    expect(await membershipCount(email)).toBe(0);
  });

  test('cross-origin writes get 403, wrong content types 415, and nothing is written', async ({
    page,
  }) => {
    const email = await signUpLearner(page, 'csrf-api');
    const crossSite: Array<Record<string, string>> = [
      { 'sec-fetch-site': 'same-site', origin: 'http://localhost:1' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
    ];
    for (const headers of crossSite) {
      const response = await page.request.post('/api/classes/join', {
        headers: { ...headers, 'content-type': 'application/json' },
        data: { code: DEMO_JOIN_CODE },
      });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const response = await page.request.post('/api/classes/join', {
        headers: { 'content-type': type },
        data: Buffer.from(JSON.stringify({ code: DEMO_JOIN_CODE })),
      });
      expect(response.status(), type).toBe(415);
    }
    expect(await membershipCount(email)).toBe(0);

    // The same request from the site itself goes through.
    const ok = await page.request.post('/api/classes/join', {
      headers: { 'sec-fetch-site': 'same-origin' },
      data: { code: DEMO_JOIN_CODE },
    });
    expect(ok.status()).toBe(200);
    expect(await membershipCount(email)).toBe(1);
  });

  test('a cross-origin server action or sign-out is refused', async ({ page }) => {
    await signIn(page, demo.learner.email, demo.learner.password);
    await expectSignedInAs(page, demo.learner.name);
    const crossSite = { 'sec-fetch-site': 'same-site', origin: 'http://localhost:1' };
    const signOut = await page.request.post('/api/auth/signout', {
      headers: crossSite,
      form: { csrfToken: 'x', callbackUrl: '/' },
    });
    expect(signOut.status()).toBe(403);
    const action = await page.request.post('/signup', {
      headers: { ...crossSite, 'next-action': '0'.repeat(42) },
      data: '[]',
    });
    expect(action.status()).toBe(403);
  });
});

test.describe('3. security headers and a CSP the pages satisfy', () => {
  test('every response carries the headers', async ({ request }) => {
    for (const path of ['/', FIRST_LESSON, '/signin', '/api/health', '/no-such-page']) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['x-frame-options'], path).toBe('DENY');
      if (!path.startsWith('/api/')) {
        expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
        expect(headers['content-security-policy'], path).not.toContain("'unsafe-inline' 'self'");
        expect(headers['content-security-policy'], path).toMatch(
          /script-src 'self' '(nonce|sha256)-/,
        );
      }
      // Served over plain http here: no HSTS.
      expect(headers['strict-transport-security'], path).toBeUndefined();
    }
  });

  test('HSTS is sent when the site is reached over https', async ({ request }) => {
    const response = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers()['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  /** Collects CSP violations, both as the browser reports them and as console errors. */
  async function watchCsp(page: Page): Promise<string[]> {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction('__reportCsp', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __reportCsp(text: string): void }).__reportCsp(
          `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    return violations;
  }

  test('every page kind loads with no CSP violation, and runs its scripts', async ({ page }) => {
    const violations = await watchCsp(page);
    const visit = async (path: string) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(violations, path).toEqual([]);
    };
    // Prerendered pages (hashes) and per-request pages (nonces), signed out…
    await visit('/');
    await visit('/courses/calculus-for-ml');
    await visit('/signup');
    await visit('/signin');
    await visit('/no-such-page');
    await visit('/courses/calculus-for-ml/no-such-lesson');
    // …and signed in: the lesson hydrates (its widgets answer), dashboards render.
    await signIn(page, demo.instructor.email, demo.instructor.password);
    await expectSignedInAs(page, demo.instructor.name);
    await visit(FIRST_LESSON);
    await expect(page.locator('.katex').first()).toBeVisible();
    await visit('/dashboard');
    await visit('/teach');
    const classLink = page.getByRole('link', { name: /Calculus/ }).first();
    await classLink.click();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await visit('/join');
    await visit('/author');
    expect(violations).toEqual([]);
  });

  test('an exercise runs its examples in a Web Worker under the CSP', async ({ page }) => {
    const violations = await watchCsp(page);
    await signIn(page, demo.learner.email, demo.learner.password);
    await expectSignedInAs(page, demo.learner.name);
    await page.goto('/courses/calculus-for-ml/limits-and-the-derivative');
    const block = page.locator('#exercise-central-difference');
    await block.scrollIntoViewIfNeeded();
    await block.getByRole('button', { name: /^Run \d+ examples?$/ }).click();
    await expect(block.getByRole('region', { name: 'Run: public examples' })).toBeVisible();
    await expect(block.getByRole('status')).toHaveText(/\d+ of \d+ examples? passed/);
    expect(violations).toEqual([]);
  });

  test('the dashboard cannot be framed', async ({ page, baseURL }) => {
    await signIn(page, demo.learner.email, demo.learner.password);
    await expectSignedInAs(page, demo.learner.name);
    await page.setContent(`<iframe src="${baseURL}/dashboard"></iframe>`);
    // Chromium replaces a refused frame with its error page.
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  });
});
