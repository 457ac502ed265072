import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { e2eDb, mseGradient, signUpLearner } from './support';

const right = mseGradient();

let n = 0;
const key = () => `e2e-${Date.now()}-${n++}-key`;

async function submit(
  request: APIRequestContext,
  code: string,
  idempotencyKey = key(),
  exerciseId = 'mse-gradient',
) {
  return request.post('/api/submissions', { data: { exerciseId, code, idempotencyKey } });
}

async function waitForGrade(request: APIRequestContext, id: string) {
  for (let i = 0; i < 120; i++) {
    const { submission } = await (await request.get(`/api/submissions/${id}`)).json();
    if (submission.status === 'GRADED' || submission.status === 'FAILED') return submission;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`submission ${id} was not graded`);
}

async function userId(email: string): Promise<string> {
  const prisma = e2eDb();
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  await prisma.$disconnect();
  return user.id;
}

test('a learner cannot read another learner’s submission', async ({ browser }) => {
  const first: Page = await browser.newPage();
  await signUpLearner(first, 'owner');
  const created = await submit(first.request, right);
  expect(created.status()).toBe(202);
  const { submission } = await created.json();

  const second: Page = await browser.newPage();
  await signUpLearner(second, 'snoop');
  for (const path of [
    `/api/submissions/${submission.id}`,
    `/api/submissions/${submission.id}/events`,
  ]) {
    const response = await second.request.get(path);
    expect(response.status(), path).toBe(403);
    expect(JSON.stringify(await response.json())).not.toContain('grad(');
  }
  expect((await first.request.get(`/api/submissions/${submission.id}`)).status()).toBe(200);
});

test('an infinite loop comes back as a time-out while other pages keep answering', async ({
  browser,
}) => {
  const looper = await browser.newPage();
  await signUpLearner(looper, 'looper');
  const created = await submit(looper.request, 'export function grad(w, X, y) { while (true) {} }');
  const { submission } = await created.json();

  // While the loop runs in the sandbox, another visitor reads a lesson and the API answers.
  const other = await browser.newPage();
  const served: string[] = [];
  for (let i = 0; i < 3; i++) {
    // Status first: on a busy machine one lesson load can outlast the 2 s time limit.
    const { submission: now } = await (
      await looper.request.get(`/api/submissions/${submission.id}`)
    ).json();
    served.push(now.status);
    const response = await other.goto('/courses/calculus-for-ml/why-calculus');
    expect(response?.status()).toBe(200);
  }
  expect(served.some((status) => status === 'QUEUED' || status === 'RUNNING')).toBe(true);

  const graded = await waitForGrade(looper.request, submission.id);
  expect(graded.status).toBe('GRADED');
  expect(graded.result.tests.some((t: { status: string }) => t.status === 'timeout')).toBe(true);
  expect(
    graded.result.tests.find((t: { status: string }) => t.status === 'timeout').message,
  ).toMatch(/time/i);
});

test('bad submissions and answers get a 4xx with a message and write nothing', async ({ page }) => {
  const email = await signUpLearner(page, 'bad-input');
  const id = await userId(email);
  const prisma = e2eDb();
  const counts = async () => ({
    submissions: await prisma.submission.count({ where: { userId: id } }),
    answers: await prisma.practiceResponse.count({ where: { userId: id } }),
  });
  const before = await counts();

  const cases: Array<
    [
      string,
      () => Promise<{ status(): number; json(): Promise<{ error?: string }> }>,
      number,
      RegExp,
    ]
  > = [
    [
      'not JSON',
      () =>
        page.request.post('/api/submissions', {
          headers: { 'content-type': 'application/json' },
          data: Buffer.from('{oops'),
        }),
      400,
      /not valid JSON/,
    ],
    [
      'missing code',
      () =>
        page.request.post('/api/submissions', {
          data: { exerciseId: 'mse-gradient', idempotencyKey: key() },
        }),
      400,
      /code/,
    ],
    [
      'unknown exercise',
      () => submit(page.request, right, key(), 'no-such-exercise'),
      404,
      /no exercise "no-such-exercise"/,
    ],
    [
      'code over 64 KB',
      () => submit(page.request, `// ${'x'.repeat(70 * 1024)}\n${right}`),
      413,
      /larger than 64 KB/,
    ],
    [
      'unknown quiz',
      () =>
        page.request.post('/api/practice', {
          data: {
            course: 'calculus-for-ml',
            lesson: 'why-calculus',
            widget: 'no-such-quiz',
            answer: { selected: ['a'] },
          },
        }),
      404,
      /no question "no-such-quiz"/,
    ],
    [
      'malformed answer',
      () =>
        page.request.post('/api/practice', {
          data: {
            course: 'calculus-for-ml',
            lesson: 'why-calculus',
            widget: 'step-direction',
            answer: { selected: 'decrease' },
          },
        }),
      400,
      /Malformed answer/,
    ],
  ];
  for (const [name, send, status, message] of cases) {
    const response = await send();
    expect(response.status(), name).toBe(status);
    expect((await response.json()).error, name).toMatch(message);
  }
  expect(await counts()).toEqual(before);

  // Visitors are refused before anything is looked at.
  const anonymous = await page.context().browser()!.newPage();
  expect((await submit(anonymous.request, right)).status()).toBe(401);
  await prisma.$disconnect();
});

test('a double-clicked submit is one submission, and concurrent ones never share an attempt', async ({
  page,
}) => {
  const email = await signUpLearner(page, 'concurrent');
  const id = await userId(email);

  const same = key();
  const twice = await Promise.all([
    submit(page.request, right, same),
    submit(page.request, right, same),
  ]);
  const bodies = await Promise.all(twice.map((r) => r.json()));
  expect(new Set(bodies.map((b) => b.submission.id)).size).toBe(1);

  const many = await Promise.all(Array.from({ length: 4 }, () => submit(page.request, right)));
  expect(many.every((r) => r.status() === 202)).toBe(true);

  const prisma = e2eDb();
  const attempts = (
    await prisma.submission.findMany({ where: { userId: id }, select: { attempt: true } })
  )
    .map((s) => s.attempt)
    .sort((a, b) => a - b);
  expect(attempts).toEqual([1, 2, 3, 4, 5]);
  await prisma.$disconnect();
});

test('submitting too often is rate-limited with a clear message', async ({ page }) => {
  await signUpLearner(page, 'hasty');
  const statuses: number[] = [];
  let message = '';
  for (let i = 0; i < 11; i++) {
    const response = await submit(page.request, right);
    statuses.push(response.status());
    if (response.status() === 429) message = (await response.json()).error;
  }
  expect(statuses.filter((s) => s === 202)).toHaveLength(10);
  expect(statuses.at(-1)).toBe(429);
  expect(message).toMatch(
    /submitted 10 times in the last minute\. Wait \d+ (seconds?|minutes?) and submit again/,
  );
});
