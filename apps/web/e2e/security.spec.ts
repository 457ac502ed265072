import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIRequestContext,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import { hashPasswordScrypt } from '@slope/db/password';
import {
  demo,
  e2eDb,
  expectSignedInAs,
  FIRST_LESSON,
  signIn,
  signUpLearner,
  uniqueEmail,
} from './support';

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

async function csrf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
}

/** Signs in through next-auth's endpoint as the form does; the error message, or null on success. */
async function apiSignIn(
  request: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
  token?: string,
): Promise<string | null> {
  const csrfToken = token ?? (await csrf(request));
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, json: 'true' },
    headers,
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get('error');
}

test.describe('4. sign-in and sign-up throttling', () => {
  test('rotating X-Forwarded-For does not buy more guesses', async ({ request }) => {
    const email = uniqueEmail('rotate');
    for (let i = 1; i <= 5; i++) {
      const error = await apiSignIn(request, email, `guess-${i}`, {
        'x-forwarded-for': `10.9.8.${i}`,
      });
      expect(error).toBe('Email or password is incorrect.');
    }
    const sixth = await apiSignIn(request, email, 'guess-6', { 'x-forwarded-for': '10.9.8.77' });
    expect(sixth).toMatch(/^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/);
  });

  test('20 concurrent guesses get 5 password checks, not more', async ({ request }) => {
    const email = uniqueEmail('burst');
    const token = await csrf(request); // one token: concurrent fetches would race on its cookie
    const errors = await Promise.all(
      Array.from({ length: 20 }, (_, i) => apiSignIn(request, email, `burst-${i}`, {}, token)),
    );
    expect(errors.filter((e) => e === 'Email or password is incorrect.')).toHaveLength(5);
    expect(errors.filter((e) => e?.startsWith('Too many failed sign-in attempts'))).toHaveLength(
      15,
    );
  });

  test('a stranger failing from another address does not lock the owner out', async ({
    baseURL,
  }) => {
    const port = new URL(baseURL!).port;
    const stranger = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${port}` });
    const owner = await playwrightRequest.newContext({ baseURL: `http://[::1]:${port}` });
    try {
      const password = 'the owner knows this one';
      const email = uniqueEmail('owner');
      const prisma = e2eDb();
      await prisma.user.create({
        data: { email, name: 'Owner', passwordHash: await hashPasswordScrypt(password) },
      });
      for (let i = 0; i < 6; i++) await apiSignIn(stranger, email, `stranger-${i}`);
      expect(await apiSignIn(stranger, email, password)).toMatch(/Try again in 15 minutes/);
      // The owner waits out a short, growing delay at most — never the stranger's 15 minutes.
      await expect.poll(() => apiSignIn(owner, email, password), { timeout: 20_000 }).toBeNull();

      // 7. …and the older scrypt hash was replaced by argon2id on that sign-in.
      const row = await prisma.user.findUniqueOrThrow({ where: { email } });
      expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      await prisma.$disconnect();
    } finally {
      await stranger.dispose();
      await owner.dispose();
    }
  });
});

test.describe('5. sign-up does not reveal who has an account', () => {
  test('a taken email and a new one get the same answer', async ({ playwright, baseURL }) => {
    // A context of its own: sign-up answers do not depend on cookies.
    const request = await playwright.request.newContext({ baseURL });
    const body = (email: string) => ({
      name: 'Probe',
      email,
      password: 'a long and unusual passphrase',
    });
    const taken = await request.post('/api/signup', { data: body(demo.instructor.email) });
    const fresh = await request.post('/api/signup', { data: body(uniqueEmail('fresh')) });
    expect(taken.status()).toBe(fresh.status());
    expect(await taken.json()).toEqual(await fresh.json());
    expect(await taken.json()).toEqual({
      message: 'Check your email, or sign in if you already have an account.',
    });
    await request.dispose();
  });
});

test.describe('6. sign-out ends the session everywhere', () => {
  test('a copied session cookie stops working after sign-out', async ({ page, browser }) => {
    await signUpLearner(page, 'copied-cookie');
    const stolen = (await page.context().cookies()).filter((c) => c.name.includes('session-token'));
    expect(stolen).toHaveLength(1);
    const thief = await browser.newContext();
    await thief.addCookies(stolen);
    const progress = '/api/courses/calculus-for-ml/progress';
    expect((await thief.request.get(progress)).status()).toBe(200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

    expect((await thief.request.get(progress)).status()).toBe(401);
    expect(await (await thief.request.get('/api/auth/session')).json()).toEqual({});
    await thief.close();
  });
});

test.describe('7. passwords', () => {
  test('a guessable password is refused with a reason', async ({ page }) => {
    await page.goto('/signup');
    await page.getByLabel('Name').fill('Weak Password');
    await page.getByLabel('Email').fill(uniqueEmail('weak'));
    await page.getByLabel('Password').fill('password2026');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.locator('#password-error')).toHaveText(
      /^This password is too easy to guess\. ./,
    );
  });
});

test.describe('8. bad input is refused and writes nothing', () => {
  test('invalid UTF-8, control characters and oversized bodies', async ({ page }) => {
    await signIn(page, demo.instructor.email, demo.instructor.password);
    await expectSignedInAs(page, demo.instructor.name);
    const prisma = e2eDb();
    const counts = async () => ({
      classes: await prisma.class.count(),
      users: await prisma.user.count(),
    });
    const before = await counts();
    const json = { 'content-type': 'application/json' };

    const invalidUtf8 = Buffer.concat([
      Buffer.from('{"name":"Period '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('","course":"calculus-for-ml"}'),
    ]);
    const badBytes = await page.request.post('/api/teach/classes', {
      headers: json,
      data: invalidUtf8,
    });
    expect(badBytes.status()).toBe(400);
    expect((await badBytes.json()).error).toMatch(/UTF-8/);

    const nul = await page.request.post('/api/teach/classes', {
      data: { name: 'Period\u00003', course: 'calculus-for-ml' },
    });
    expect(nul.status()).toBe(400);

    const nulName = await page.request.post('/api/signup', {
      data: {
        name: 'Ada\u0000',
        email: uniqueEmail('nul'),
        password: 'a long and unusual passphrase',
      },
    });
    expect(nulName.status()).toBe(400);
    expect((await nulName.json()).fieldErrors.name).toMatch(/control characters/);

    const huge = 'x'.repeat(129 * 1024);
    for (const path of ['/api/signup', '/api/practice', '/api/teach/classes']) {
      const response = await page.request.post(path, { data: { name: huge } });
      expect(response.status(), path).toBe(413);
    }
    const action = await page.request.post('/signup', {
      headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      data: huge,
    });
    expect(action.status()).toBe(413);

    expect(await counts()).toEqual(before);
    await prisma.$disconnect();
  });
});
